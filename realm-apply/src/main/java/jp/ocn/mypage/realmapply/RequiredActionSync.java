package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Required actions: ours registered when missing, then enabled, default and priority as realm-config says. */
final class RequiredActionSync {

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;
    private final String base;

    RequiredActionSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
        this.base = "/" + AdminClient.enc(config.name()) + "/authentication";
    }

    void apply() {
        Map<String, JsonNode> present = current();
        for (JsonNode want : config.list("requiredActions")) {
            String alias = want.get("alias").asText();
            JsonNode have = present.get(alias);
            if (have == null) {
                api.post(
                        base + "/register-required-action",
                        AdminClient.MAPPER
                                .createObjectNode()
                                .put("providerId", want.path("providerId").asText(alias))
                                .put("name", want.path("name").asText(alias)));
                changes.add("required action " + alias + ": registered");
                have = current().get(alias);
                if (have == null) {
                    throw new ConfigException("required action " + alias + " was registered but is not listed");
                }
            }
            List<String> differences = JsonSubset.differences(want, have);
            if (!differences.isEmpty()) {
                api.put(
                        base + "/required-actions/" + AdminClient.enc(alias),
                        JsonSubset.overlay((ObjectNode) have, want));
                differences.forEach(d -> changes.add("required action " + alias + ": " + d));
            }
        }
    }

    private Map<String, JsonNode> current() {
        Map<String, JsonNode> out = new HashMap<>();
        api.get(base + "/required-actions").forEach(a -> out.put(a.get("alias").asText(), a));
        return out;
    }
}
