package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The realm as realm-config describes it: several files (or folders of {@code *.json} files, not recursive),
 * each a part of one realm representation, merged into one. Objects merge field by field, lists are joined, and
 * two files giving one setting different values is an error. Besides Keycloak's own fields a file may hold
 * {@code userProfile} (the user profile as the admin API's {@code /users/profile} takes it),
 * {@code flowVariants} (see {@link FlowVariants}) and a top-level {@code _comment}.
 */
public final class RealmConfig {

    static final String USER_PROFILE = "userProfile";
    static final String FLOW_VARIANTS = "flowVariants";
    private static final String COMMENT = "_comment";

    private final ObjectNode realm;

    private RealmConfig(ObjectNode realm) {
        this.realm = realm;
    }

    /** Reads and merges the files, generates flow variants, then fills placeholders from the environment. */
    public static RealmConfig load(List<Path> sources) {
        return load(sources, Placeholders.fromEnvironment());
    }

    /** As {@link #load(List)}, with placeholders filled from {@code environment} (a server's, in tests). */
    public static RealmConfig load(List<Path> sources, java.util.function.Function<String, String> environment) {
        return load(sources, new Placeholders(environment));
    }

    static RealmConfig load(List<Path> sources, Placeholders placeholders) {
        ObjectNode merged = AdminClient.MAPPER.createObjectNode();
        for (Path file : files(sources)) {
            JsonNode part;
            try {
                part = AdminClient.MAPPER.readTree(file.toFile());
            } catch (IOException e) {
                throw new ConfigException(file + ": not valid JSON: " + e.getMessage(), e);
            }
            if (!(part instanceof ObjectNode object)) {
                throw new ConfigException(file + ": must hold one JSON object");
            }
            object.remove(COMMENT);
            placeholders.resolve(object, file.toString());
            merge(merged, object, file.getFileName().toString(), "");
        }
        if (!merged.path("realm").isTextual()) {
            throw new ConfigException("no file of " + sources + " names the realm (\"realm\": \"...\")");
        }
        FlowVariants.expand(merged);
        return new RealmConfig(merged);
    }

    /** The merged realm representation (our extension fields included). */
    public ObjectNode realm() {
        return realm;
    }

    public String name() {
        return realm.get("realm").asText();
    }

    /** A list of the merged realm, empty when no file has it. */
    ArrayNode list(String field) {
        JsonNode list = realm.get(field);
        return list instanceof ArrayNode array ? array : AdminClient.MAPPER.createArrayNode();
    }

    private static List<Path> files(List<Path> sources) {
        List<Path> out = new ArrayList<>();
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                try (Stream<Path> list = Files.list(source)) {
                    list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new ConfigException(source + ": cannot list: " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(source)) {
                out.add(source);
            } else {
                throw new ConfigException(source + ": no such file or folder");
            }
        }
        if (out.isEmpty()) {
            throw new ConfigException("no realm-config files in " + sources);
        }
        return out;
    }

    static void merge(ObjectNode into, ObjectNode part, String file, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = part.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String where = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode existing = into.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing == null) {
                into.set(field.getKey(), value.deepCopy());
            } else if (existing instanceof ObjectNode existingObject && value instanceof ObjectNode valueObject) {
                merge(existingObject, valueObject, file, where);
            } else if (existing instanceof ArrayNode existingArray && value instanceof ArrayNode valueArray) {
                existingArray.addAll(valueArray.deepCopy());
            } else if (!existing.equals(value)) {
                throw new ConfigException(
                        file + ": " + where + " is " + value + " here but " + existing + " in an earlier file");
            }
        }
    }
}
