package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A flow that differs from another only in some authenticator settings, written as the difference:
 * <pre>{"flowVariants": [{"alias": "mypage browser fresh code", "copyOf": "mypage browser",
 *   "authenticatorConfig": {"mypage browser loa2": {"loa-max-age": "0"}}}]}</pre>
 * The copy takes the source flow and every sub-flow under it, renaming the source alias prefix to the variant's
 * ({@code mypage browser level 2} becomes {@code mypage browser fresh code level 2}); settings named after the
 * source prefix are copied and renamed the same way (and get the overrides), other settings (such as
 * {@code mypage phone code}) stay shared. Keycloak's own copy (the admin console's Duplicate) does the same
 * renaming once; this keeps the copy in step with the source on every apply.
 */
final class FlowVariants {

    private FlowVariants() {}

    static void expand(ObjectNode realm) {
        JsonNode variants = realm.remove(RealmConfig.FLOW_VARIANTS);
        if (variants == null) {
            return;
        }
        ArrayNode flows = array(realm, "authenticationFlows");
        ArrayNode configs = array(realm, "authenticatorConfig");
        for (JsonNode variant : variants) {
            expand(variant, flows, configs);
        }
    }

    private static void expand(JsonNode variant, ArrayNode flows, ArrayNode configs) {
        String alias = text(variant, "alias");
        String source = text(variant, "copyOf");
        Map<String, ObjectNode> flowsByAlias = byAlias(flows);
        Map<String, ObjectNode> configsByAlias = byAlias(configs);
        if (!flowsByAlias.containsKey(source)) {
            throw new ConfigException("flow variant " + alias + ": no flow " + source + " to copy");
        }
        if (flowsByAlias.containsKey(alias)) {
            throw new ConfigException("flow variant " + alias + ": a flow of that alias is already written out");
        }
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        variant.path("authenticatorConfig").fields().forEachRemaining(e -> overrides.put(e.getKey(), e.getValue()));
        Deque<String> todo = new ArrayDeque<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        todo.add(source);
        while (!todo.isEmpty()) {
            String next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            ObjectNode flow = flowsByAlias.get(next);
            ObjectNode copy = flow.deepCopy();
            copy.put("alias", rename(flow.get("alias").asText(), source, alias));
            if (flow.get("alias").asText().equals(source) && variant.hasNonNull("description")) {
                copy.put("description", variant.get("description").asText());
            }
            for (JsonNode execution : copy.path("authenticationExecutions")) {
                ObjectNode e = (ObjectNode) execution;
                if (e.hasNonNull("flowAlias")) {
                    String sub = e.get("flowAlias").asText();
                    if (!flowsByAlias.containsKey(sub)) {
                        throw new ConfigException(
                                "flow " + flow.get("alias").asText() + " names a missing sub-flow " + sub);
                    }
                    e.put("flowAlias", rename(sub, source, alias));
                    todo.add(sub);
                }
                if (e.hasNonNull("authenticatorConfig")
                        && e.get("authenticatorConfig").asText().startsWith(source + " ")) {
                    String configAlias = e.get("authenticatorConfig").asText();
                    String renamed = rename(configAlias, source, alias);
                    e.put("authenticatorConfig", renamed);
                    ObjectNode configCopy =
                            copyConfig(configsByAlias, configAlias, renamed, overrides.remove(configAlias));
                    if (!byAlias(configs).containsKey(renamed)) {
                        configs.add(configCopy);
                    }
                }
            }
            flows.add(copy);
        }
        if (!overrides.isEmpty()) {
            throw new ConfigException(
                    "flow variant " + alias + ": no setting " + overrides.keySet() + " under " + source);
        }
    }

    private static ObjectNode copyConfig(
            Map<String, ObjectNode> configs, String alias, String renamed, JsonNode override) {
        ObjectNode config = configs.get(alias);
        if (config == null) {
            throw new ConfigException("authenticator setting " + alias + " is named by a flow but not written out");
        }
        ObjectNode copy = config.deepCopy();
        copy.put("alias", renamed);
        if (override != null) {
            ObjectNode values = (ObjectNode) copy.with("config");
            for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                values.set(e.getKey(), e.getValue());
            }
        }
        return copy;
    }

    /** {@code mypage browser level 2} with source {@code mypage browser} → {@code <alias> level 2}. */
    static String rename(String name, String source, String alias) {
        if (!name.equals(source) && !name.startsWith(source + " ")) {
            throw new ConfigException("flow variant " + alias + ": " + name + " under " + source
                    + " does not start with \"" + source + "\", so its copy would have no name of its own");
        }
        return alias + name.substring(source.length());
    }

    private static Map<String, ObjectNode> byAlias(ArrayNode list) {
        Map<String, ObjectNode> out = new LinkedHashMap<>();
        list.forEach(node -> out.put(node.path("alias").asText(), (ObjectNode) node));
        return out;
    }

    private static ArrayNode array(ObjectNode realm, String field) {
        return realm.has(field) ? (ArrayNode) realm.get(field) : realm.putArray(field);
    }

    private static String text(JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw new ConfigException("flow variant " + node + ": \"" + field + "\" missing");
        }
        return node.get(field).asText();
    }
}
