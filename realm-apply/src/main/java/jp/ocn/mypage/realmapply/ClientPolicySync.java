package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Client profiles and client policies by name: realm-config's replace the server's of the same name, others
 * (added by an operator) stay. Written back as a whole list, as the admin API takes them.
 */
final class ClientPolicySync {

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    ClientPolicySync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    void apply() {
        sync("clientProfiles", "profiles");
        sync("clientPolicies", "policies");
    }

    private void sync(String field, String list) {
        JsonNode wanted = config.realm().path(field).path(list);
        if (wanted.isMissingNode() || wanted.isEmpty()) {
            return;
        }
        String path = "/" + AdminClient.enc(config.name()) + "/client-policies/" + list;
        JsonNode present = api.get(path).path(list);
        ArrayNode merged = AdminClient.MAPPER.createArrayNode();
        boolean changed = false;
        for (JsonNode want : wanted) {
            JsonNode have = byName(present, want.get("name").asText());
            if (have == null || !JsonSubset.contains(have, want)) {
                changed = true;
                changes.add(field + " " + want.get("name").asText() + ": " + (have == null ? "created" : "updated"));
            }
            merged.add(want);
        }
        for (JsonNode have : present) {
            if (byName(wanted, have.get("name").asText()) == null) {
                merged.add(have);
            }
        }
        if (changed) {
            ObjectNode body = AdminClient.MAPPER.createObjectNode();
            body.set(list, merged);
            api.put(path, body);
        }
    }

    private static JsonNode byName(JsonNode list, String name) {
        for (JsonNode entry : list) {
            if (name.equals(entry.path("name").asText())) {
                return entry;
            }
        }
        return null;
    }
}
