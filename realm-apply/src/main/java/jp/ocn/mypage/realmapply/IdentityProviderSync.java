package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Identity providers by alias: created when missing, otherwise the fields realm-config names are updated. */
final class IdentityProviderSync {

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    IdentityProviderSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    void apply() {
        String base = "/" + AdminClient.enc(config.name()) + "/identity-provider/instances";
        for (JsonNode want : config.list("identityProviders")) {
            String alias = want.get("alias").asText();
            JsonNode have = api.get(base + "/" + AdminClient.enc(alias));
            if (have == null) {
                api.post(base, want);
                changes.add("identity provider " + alias + ": created");
                continue;
            }
            List<String> differences = JsonSubset.differences(want, have);
            if (!differences.isEmpty()) {
                api.put(base + "/" + AdminClient.enc(alias), JsonSubset.overlay((ObjectNode) have, want));
                differences.forEach(d -> changes.add("identity provider " + alias + ": " + d));
            }
        }
    }
}
