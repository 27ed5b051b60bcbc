package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Realm roles ({@code roles.realm}) by name: created when missing, otherwise the fields realm-config names are
 * updated. Never deletes a role, never grants one (grants are data). Client roles are refused: nothing owns them yet.
 */
final class RoleSync {

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    RoleSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    static void refuseUnhandled(RealmConfig config) {
        JsonNode roles = config.realm().path("roles");
        roles.fieldNames().forEachRemaining(kind -> {
            if (!"realm".equals(kind)) {
                throw new ConfigException("realm-config holds roles." + kind + ", apply handles only roles.realm");
            }
        });
    }

    void apply() {
        String base = "/" + AdminClient.enc(config.name()) + "/roles";
        for (JsonNode want : config.realm().path("roles").path("realm")) {
            String name = want.get("name").asText();
            JsonNode have = api.get(base + "/" + AdminClient.enc(name));
            if (have == null) {
                api.post(base, want);
                changes.add("realm role " + name + ": created");
                continue;
            }
            List<String> differences = JsonSubset.differences(want, have);
            if (!differences.isEmpty()) {
                api.put(base + "/" + AdminClient.enc(name), JsonSubset.overlay((ObjectNode) have, want));
                differences.forEach(d -> changes.add("realm role " + name + ": " + d));
            }
        }
    }
}
