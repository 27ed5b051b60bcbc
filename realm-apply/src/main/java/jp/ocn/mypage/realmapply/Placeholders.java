package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} and {@code ${NAME:default}} in string values, from the environment. Only upper-case names
 * (letters, digits, underscore) are variables: {@code ${username}} and the like are Keycloak's message keys
 * (user profile display names) and stay as written. A variable that is unset and has no default is an error,
 * so a missing secret never becomes an empty string silently.
 */
final class Placeholders {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");

    private final Function<String, String> environment;

    Placeholders(Function<String, String> environment) {
        this.environment = environment;
    }

    static Placeholders fromEnvironment() {
        return new Placeholders(System::getenv);
    }

    static Placeholders of(Map<String, String> values) {
        return new Placeholders(values::get);
    }

    /** Replaces the placeholders in every string value of the tree (in place); names every missing variable. */
    void resolve(JsonNode tree, String source) {
        Set<String> missing = new TreeSet<>();
        resolve(tree, missing);
        if (!missing.isEmpty()) {
            throw new ConfigException(
                    source + ": environment variable(s) not set and no default given: " + String.join(", ", missing));
        }
    }

    /** One string with its placeholders replaced; unresolvable names are added to {@code missing}. */
    String resolve(String text, Set<String> missing) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = environment.apply(m.group(1));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                missing.add(m.group(1));
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private void resolve(JsonNode node, Set<String> missing) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(resolve(field.getValue().asText(), missing)));
                } else {
                    resolve(field.getValue(), missing);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(resolve(array.get(i).asText(), missing)));
                } else {
                    resolve(array.get(i), missing);
                }
            }
        }
    }
}
