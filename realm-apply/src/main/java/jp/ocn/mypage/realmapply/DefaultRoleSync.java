package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The realm's default role ({@code defaultRole}, e.g. {@code default-roles-mypage}): its composite roles become
 * exactly the ones realm-config lists, missing ones added and others removed. Every user holds the default role,
 * so this decides what every account may do with a password-only token (Keycloak's account REST API asks for
 * {@code account/manage-account}). Roles are named {@code role} (realm) or {@code client/role}.
 */
final class DefaultRoleSync {

    static final String FIELD = "defaultRole";

    private final AdminClient api;
    private final RealmConfig config;
    private final Changes changes;

    DefaultRoleSync(AdminClient api, RealmConfig config, Changes changes) {
        this.api = api;
        this.config = config;
        this.changes = changes;
    }

    /** What to add and remove so that {@code have} becomes {@code wanted}; both sorted, empty when equal. */
    record Plan(List<String> add, List<String> remove) {

        static Plan of(Set<String> wanted, Set<String> have) {
            TreeSet<String> add = new TreeSet<>(wanted);
            add.removeAll(have);
            TreeSet<String> remove = new TreeSet<>(have);
            remove.removeAll(wanted);
            return new Plan(List.copyOf(add), List.copyOf(remove));
        }

        boolean none() {
            return add.isEmpty() && remove.isEmpty();
        }
    }

    /** The composites realm-config names, as {@code role} and {@code client/role}; null when it names none. */
    static Set<String> wanted(JsonNode defaultRole) {
        if (defaultRole == null || defaultRole.isMissingNode()) {
            return null;
        }
        JsonNode composites = defaultRole.path("composites");
        if (!composites.isObject()) {
            throw new ConfigException("defaultRole must list its composites (\"composites\": {\"realm\": [...],"
                    + " \"client\": {\"account\": [...]}})");
        }
        Set<String> out = new TreeSet<>();
        composites.path("realm").forEach(r -> out.add(r.asText()));
        composites.path("client").fields().forEachRemaining(client -> client.getValue()
                .forEach(r -> out.add(client.getKey() + "/" + r.asText())));
        return out;
    }

    void apply(JsonNode current) {
        JsonNode declared = config.realm().get(FIELD);
        Set<String> wanted = wanted(declared);
        if (wanted == null) {
            return;
        }
        String name = current.path("name").asText();
        if (declared.has("name") && !declared.get("name").asText().equals(name)) {
            throw new ConfigException("defaultRole is " + declared.get("name") + " in realm-config but " + name
                    + " on the server; apply does not rename it");
        }
        String base = "/" + AdminClient.enc(config.name());
        String composites =
                base + "/roles-by-id/" + AdminClient.enc(current.path("id").asText()) + "/composites";
        Map<String, JsonNode> have = new TreeMap<>();
        Map<String, String> clientIds = new TreeMap<>();
        for (JsonNode role : api.get(composites)) {
            have.put(key(base, role, clientIds), role);
        }
        Plan plan = Plan.of(wanted, have.keySet());
        if (!plan.add().isEmpty()) {
            ArrayNode add = AdminClient.MAPPER.createArrayNode();
            plan.add().forEach(k -> add.add(role(base, k)));
            api.post(composites, add);
            plan.add().forEach(k -> changes.add("default role " + name + ": " + k + " added"));
        }
        if (!plan.remove().isEmpty()) {
            ArrayNode remove = AdminClient.MAPPER.createArrayNode();
            plan.remove().forEach(k -> remove.add(have.get(k)));
            api.delete(composites, remove);
            plan.remove().forEach(k -> changes.add("default role " + name + ": " + k + " removed"));
        }
    }

    private String key(String base, JsonNode role, Map<String, String> clientIds) {
        String name = role.path("name").asText();
        if (!role.path("clientRole").asBoolean()) {
            return name;
        }
        String clientId = clientIds.computeIfAbsent(
                role.path("containerId").asText(), id -> api.get(base + "/clients/" + AdminClient.enc(id))
                        .path("clientId")
                        .asText());
        return clientId + "/" + name;
    }

    private JsonNode role(String base, String key) {
        int slash = key.indexOf('/');
        JsonNode role;
        if (slash < 0) {
            role = api.get(base + "/roles/" + AdminClient.enc(key));
        } else {
            List<JsonNode> clients = new ArrayList<>();
            api.get(base + "/clients?clientId=" + AdminClient.enc(key.substring(0, slash)))
                    .forEach(clients::add);
            role = clients.isEmpty()
                    ? null
                    : api.get(base + "/clients/"
                            + AdminClient.enc(clients.get(0).path("id").asText()) + "/roles/"
                            + AdminClient.enc(key.substring(slash + 1)));
        }
        if (role == null) {
            throw new ConfigException("defaultRole names " + key + ", which the server does not have");
        }
        return role;
    }
}
