package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Authenticator settings of our flows. The admin API finds a setting only through an execution that uses it, so
 * ids are learnt from the executions seen; a setting several executions share (mypage phone code) exists once.
 */
final class AuthenticatorSettings {

    private final AdminClient api;
    private final String base;
    private final Changes changes;
    private final Map<String, ObjectNode> configs = new LinkedHashMap<>();
    /** Settings on the server by alias (id), learnt from the executions seen. */
    private final Map<String, String> ids = new HashMap<>();

    AuthenticatorSettings(AdminClient api, String base, RealmConfig config, Changes changes) {
        this.api = api;
        this.base = base;
        this.changes = changes;
        config.list("authenticatorConfig")
                .forEach(c -> configs.put(c.get("alias").asText(), (ObjectNode) c));
    }

    /** Before a pass: what was learnt may name settings Keycloak deleted since. */
    void forget() {
        ids.clear();
    }

    /** Notes the setting an execution on the server uses, if any. */
    void learn(JsonNode execution) {
        if (execution.hasNonNull("authenticationConfig") && execution.hasNonNull("alias")) {
            ids.putIfAbsent(
                    execution.get("alias").asText(),
                    execution.get("authenticationConfig").asText());
        }
    }

    /** A setting several executions share exists once: create it when no execution has it yet. */
    void ensure(String alias) {
        String id = ids.get(alias);
        if (id != null && api.get(base + "/config/" + id) != null) {
            sync(alias, id);
            return;
        }
        ObjectNode create = AdminClient.MAPPER.createObjectNode().put("alias", alias);
        create.set("config", wanted(alias));
        ids.put(alias, api.post(base + "/config", create));
        changes.add("authenticator setting " + alias + ": created");
    }

    /** The values of setting {@code id} as realm-config writes those of {@code alias}. */
    void sync(String alias, String id) {
        JsonNode present = api.get(base + "/config/" + id);
        ObjectNode wanted = wanted(alias);
        if (!wanted.equals(present.path("config"))) {
            ObjectNode rep = AdminClient.MAPPER.createObjectNode().put("id", id).put("alias", alias);
            rep.set("config", wanted);
            api.put(base + "/config/" + id, rep);
            changes.add("authenticator setting " + alias + ": " + present.path("config") + " -> " + wanted);
        }
    }

    /** Keycloak drops empty values from a setting, so they are left out here too. */
    private ObjectNode wanted(String alias) {
        ObjectNode config = configs.get(alias);
        if (config == null) {
            throw new ConfigException("authenticator setting " + alias + " is named by a flow but not written out");
        }
        ObjectNode out = AdminClient.MAPPER.createObjectNode();
        config.path("config").fields().forEachRemaining(e -> {
            if (!e.getValue().asText().isEmpty()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }
}
