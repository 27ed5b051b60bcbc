package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Clients by client ID: created when missing, otherwise the fields realm-config names are updated (attributes
 * merged) and protocol mappers made exactly those of realm-config. Flow overrides
 * ({@code authenticationFlowBindingOverrides}) name flows by alias in realm-config; the server wants ids.
 */
final class ClientSync {

    private static final String MAPPERS = "protocolMappers";
    private static final String OVERRIDES = "authenticationFlowBindingOverrides";

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;
    private final Map<String, String> flowIds;
    private final String base;

    ClientSync(AdminClient api, RealmConfig config, Changes changes, Map<String, String> flowIds) {
        this.api = api;
        this.config = config;
        this.changes = changes;
        this.flowIds = flowIds;
        this.base = "/" + AdminClient.enc(config.name()) + "/clients";
    }

    void apply() {
        for (JsonNode client : config.list("clients")) {
            ObjectNode want = withFlowIds((ObjectNode) client);
            String clientId = want.get("clientId").asText();
            JsonNode found = api.get(base + "?clientId=" + AdminClient.enc(clientId));
            if (found == null || found.isEmpty()) {
                api.post(base, want);
                changes.add("client " + clientId + ": created");
                continue;
            }
            ObjectNode have = (ObjectNode) found.get(0);
            String id = have.get("id").asText();
            ObjectNode settings = want.deepCopy();
            settings.remove(MAPPERS);
            List<String> differences = JsonSubset.differences(settings, have);
            if (!differences.isEmpty()) {
                ObjectNode update = JsonSubset.overlay(have, settings);
                update.remove(MAPPERS);
                api.put(base + "/" + id, update);
                differences.forEach(d -> changes.add("client " + clientId + ": " + d));
            }
            syncMappers(clientId, id, want.path(MAPPERS), have.path(MAPPERS));
        }
    }

    private ObjectNode withFlowIds(ObjectNode client) {
        ObjectNode out = client.deepCopy();
        if (out.get(OVERRIDES) instanceof ObjectNode overrides) {
            overrides.fields().forEachRemaining(e -> {
                String id = flowIds.get(e.getValue().asText());
                if (id == null) {
                    throw new ConfigException(
                            "client " + client.path("clientId").asText() + ": no flow "
                                    + e.getValue().asText() + " for " + e.getKey());
                }
                e.setValue(AdminClient.MAPPER.getNodeFactory().textNode(id));
            });
        }
        return out;
    }

    private void syncMappers(String clientId, String id, JsonNode wanted, JsonNode present) {
        Map<String, JsonNode> byName = new HashMap<>();
        present.forEach(m -> byName.put(m.get("name").asText(), m));
        Set<String> keep = new HashSet<>();
        String path = base + "/" + id + "/protocol-mappers/models";
        for (JsonNode want : wanted) {
            String name = want.get("name").asText();
            keep.add(name);
            JsonNode have = byName.get(name);
            if (have == null) {
                api.post(path, want);
                changes.add("client " + clientId + ": mapper " + name + " added");
            } else if (!JsonSubset.contains(have, want)) {
                api.put(path + "/" + have.get("id").asText(), JsonSubset.overlay((ObjectNode) have, want));
                changes.add("client " + clientId + ": mapper " + name + " updated");
            }
        }
        for (Map.Entry<String, JsonNode> e : byName.entrySet()) {
            if (!keep.contains(e.getKey())) {
                api.delete(path + "/" + e.getValue().get("id").asText());
                changes.add("client " + clientId + ": mapper " + e.getKey() + " removed");
            }
        }
    }
}
