package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Components of the realm (key providers, user storage and the like), written as in Keycloak's export
 * ({@code "components": {"<provider type>": [{"name": ..., "providerId": ..., "config": {...}}]}}) and found
 * by type and name. The user profile is not written here but as {@code userProfile} (see {@link UserProfileSync}).
 */
final class ComponentSync {

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    ComponentSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    void apply(String realmId) {
        JsonNode components = config.realm().path("components");
        String base = "/" + AdminClient.enc(config.name()) + "/components";
        for (Iterator<Map.Entry<String, JsonNode>> types = components.fields(); types.hasNext(); ) {
            Map.Entry<String, JsonNode> type = types.next();
            for (JsonNode component : type.getValue()) {
                ObjectNode want = ((ObjectNode) component).deepCopy();
                want.remove("subComponents");
                want.put("providerType", type.getKey()).put("parentId", realmId);
                String name = want.get("name").asText();
                JsonNode found =
                        api.get(base + "?type=" + AdminClient.enc(type.getKey()) + "&name=" + AdminClient.enc(name));
                if (found == null || found.isEmpty()) {
                    api.post(base, want);
                    changes.add("component " + name + ": created");
                    continue;
                }
                JsonNode have = found.get(0);
                List<String> differences = JsonSubset.differences(want, have);
                if (!differences.isEmpty()) {
                    api.put(base + "/" + have.get("id").asText(), JsonSubset.overlay((ObjectNode) have, want));
                    differences.forEach(d -> changes.add("component " + name + ": " + d));
                }
            }
        }
    }
}
