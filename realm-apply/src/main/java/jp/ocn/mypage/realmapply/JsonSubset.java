package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Does the server hold what realm-config says? realm-config names only what we set, the server answers with
 * everything (defaults, ids), so the desired tree must be a subset of the current one:
 * <ul>
 *   <li>objects: every field we name must match; fields we do not name are the server's business;</li>
 *   <li>arrays of plain values are sets (Keycloak returns redirect URIs, locales, listeners in any order);</li>
 *   <li>arrays of objects match element by element and must be as long (a removed entry is a change);</li>
 *   <li>scalars compare as text ({@code "300"} is {@code 300}, {@code "true"} is {@code true});</li>
 *   <li>an absent field on the server equals an empty or null one in realm-config (Keycloak drops them);</li>
 *   <li>{@value #SECRET_MASK} on the server matches any value: secrets are write-only in the admin API.</li>
 * </ul>
 */
final class JsonSubset {

    static final String SECRET_MASK = "**********";

    private JsonSubset() {}

    /** The differences, one line each ({@code path: server value -> wanted value}); empty when in sync. */
    static List<String> differences(JsonNode desired, JsonNode current) {
        List<String> out = new ArrayList<>();
        compare("", desired, current, out);
        return out;
    }

    static boolean contains(JsonNode current, JsonNode desired) {
        return differences(desired, current).isEmpty();
    }

    private static void compare(String path, JsonNode desired, JsonNode current, List<String> out) {
        if (isEmpty(desired)) {
            if (!isEmpty(current)) {
                out.add(line(path, current, desired));
            }
            return;
        }
        if (current == null || current.isMissingNode() || current.isNull()) {
            out.add(line(path, current, desired));
            return;
        }
        if (current.isTextual() && SECRET_MASK.equals(current.asText())) {
            return;
        }
        if (desired.isObject()) {
            if (!current.isObject()) {
                out.add(line(path, current, desired));
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = desired.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(join(path, field.getKey()), field.getValue(), current.get(field.getKey()), out);
            }
        } else if (desired.isArray()) {
            if (!current.isArray()) {
                out.add(line(path, current, desired));
            } else if (allScalars((ArrayNode) desired)) {
                if (!texts(desired).equals(texts(current))) {
                    out.add(line(path, current, desired));
                }
            } else if (desired.size() != current.size()) {
                out.add(path + ": " + current.size() + " entries -> " + desired.size());
            } else {
                for (int i = 0; i < desired.size(); i++) {
                    compare(path + "[" + i + "]", desired.get(i), current.get(i), out);
                }
            }
        } else if (current.isContainerNode() || !desired.asText().equals(current.asText())) {
            out.add(line(path, current, desired));
        }
    }

    /** Null, "", [] and {} all mean "nothing here" to Keycloak's representations. */
    static boolean isEmpty(JsonNode node) {
        return node == null
                || node.isMissingNode()
                || node.isNull()
                || (node.isTextual() && node.asText().isEmpty())
                || (node.isContainerNode() && node.isEmpty());
    }

    private static boolean allScalars(ArrayNode array) {
        for (JsonNode element : array) {
            if (element.isContainerNode()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(element -> out.add(element.asText()));
        return out;
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String line(String path, JsonNode current, JsonNode desired) {
        return (path.isEmpty() ? "(value)" : path) + ": " + shortText(current) + " -> " + shortText(desired);
    }

    private static String shortText(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "(none)";
        }
        String text = node.isTextual() ? node.asText() : node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    /**
     * {@code base} with {@code overlay}'s fields written over it, objects merged recursively: what to send back
     * to the server so the fields we do not name keep their values.
     */
    static ObjectNode overlay(ObjectNode base, JsonNode overlay) {
        ObjectNode out = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = overlay.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = out.get(field.getKey());
            if (existing instanceof ObjectNode existingObject
                    && field.getValue().isObject()) {
                out.set(field.getKey(), overlay(existingObject, field.getValue()));
            } else {
                out.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        return out;
    }
}
