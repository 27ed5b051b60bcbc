package jp.ocn.mypage.it.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** {@code docker-compose.yml} and {@code .env.example} at the repository root, read once, and what the checks ask. */
record ComposeFile(Path repoRoot, Path composeFile, Map<String, Object> compose, String envExample) {

    static final String COMPOSE_FILE = "docker-compose.yml";
    static final String ENV_EXAMPLE = ".env.example";
    static final String KEYCLOAK_IMAGE_NAME = "quay.io/keycloak/keycloak";

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}} ...; not the escaped {@code $${NAME}}. */
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");
    /** {@code NAME=value} or a commented-out {@code # NAME=value} line of .env.example. */
    private static final Pattern ENV_EXAMPLE_ENTRY =
            Pattern.compile("^\\s*(?:#\\s*)?([A-Za-z_][A-Za-z0-9_]*)=", Pattern.MULTILINE);

    static ComposeFile load() throws IOException {
        Path repoRoot = findRepositoryRoot();
        Path composeFile = repoRoot.resolve(COMPOSE_FILE);
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(composeFile, StandardCharsets.UTF_8));
        assertThat(parsed).as("top level of %s", composeFile).isInstanceOf(Map.class);
        Path envFile = repoRoot.resolve(ENV_EXAMPLE);
        assertThat(envFile).as("%s next to %s", ENV_EXAMPLE, COMPOSE_FILE).isRegularFile();
        return new ComposeFile(
                repoRoot, composeFile, asMap(parsed, "top level"), Files.readString(envFile, StandardCharsets.UTF_8));
    }

    record Mount(boolean bind, String source, String target, boolean readOnly) {}

    private static Path findRepositoryRoot() {
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE)) && Files.isDirectory(dir.resolve("realm-config"))) {
                return dir;
            }
        }
        return fail("No folder holding %s and realm-config/ found at or above %s", COMPOSE_FILE, start);
    }

    Map<String, Object> services() {
        return asMap(compose.get("services"), "services");
    }

    Map<String, Object> service(String name) {
        assertThat(services()).containsKey(name);
        return asMap(services().get(name), "service " + name);
    }

    /** The services running Keycloak ({@link #KEYCLOAK_IMAGE_NAME}), in file order: the cluster's nodes. */
    List<String> keycloakNodes() {
        return services().entrySet().stream()
                .filter(entry -> String.valueOf(
                                asMap(entry.getValue(), entry.getKey()).get("image"))
                        .startsWith(KEYCLOAK_IMAGE_NAME + ":"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }

    /** The published entries of a service's {@code ports} (short syntax, e.g. {@code 127.0.0.1:9001:9000}). */
    List<String> ports(String serviceName) {
        return asList(service(serviceName).get("ports")).stream()
                .map(String::valueOf)
                .collect(Collectors.toList());
    }

    /** The environment of a service as a map; list entries without {@code =} map to {@code null} (pass-through). */
    Map<String, Object> environment(String serviceName) {
        Object environment = service(serviceName).get("environment");
        Map<String, Object> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (environment != null) {
            for (Object entry : asList(environment)) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                result.put(
                        equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return result;
    }

    List<Mount> mounts(String serviceName) {
        List<Mount> mounts = new ArrayList<>();
        for (Object entry : asList(service(serviceName).get("volumes"))) {
            if (entry instanceof Map<?, ?>) {
                Map<String, Object> volume = asMap(entry, "volume of " + serviceName);
                boolean bind = "bind".equals(volume.get("type"));
                mounts.add(new Mount(
                        bind,
                        String.valueOf(volume.get("source")),
                        String.valueOf(volume.get("target")),
                        Boolean.TRUE.equals(volume.get("read_only"))));
            } else {
                String[] parts = String.valueOf(entry).split(":");
                if (parts.length == 1) {
                    continue; // anonymous volume
                }
                String source = parts[0];
                boolean bind = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
                boolean readOnly =
                        parts.length > 2 && Arrays.asList(parts[2].split(",")).contains("ro");
                mounts.add(new Mount(bind, source, parts[1], readOnly));
            }
        }
        return mounts;
    }

    Path resolve(String hostPath) {
        assertThat(hostPath).as("bind mount sources must be literal paths").doesNotContain("$");
        if (hostPath.startsWith("~")) {
            hostPath = System.getProperty("user.home") + hostPath.substring(1);
        }
        return repoRoot.resolve(hostPath).normalize();
    }

    static List<String> commandTokens(Object command) {
        if (command instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toList());
        }
        assertThat(command).as("keycloak command").isNotNull();
        return Arrays.asList(String.valueOf(command).trim().split("\\s+"));
    }

    static Set<String> dependencyNames(Object dependsOn) {
        if (dependsOn == null) {
            return Set.of();
        }
        if (dependsOn instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        }
        return asList(dependsOn).stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    static String containerPort(Object port) {
        if (port instanceof Map<?, ?> map) {
            return String.valueOf(map.get("target"));
        }
        String text = String.valueOf(port);
        int slash = text.indexOf('/');
        if (slash >= 0) {
            text = text.substring(0, slash);
        }
        return text.substring(text.lastIndexOf(':') + 1);
    }

    /** Every {@code ${NAME...}} in any value of the file, plus pass-through environment entries. */
    Set<String> variablesReadByCompose() {
        Set<String> names = new TreeSet<>();
        collectVariableReferences(compose, names);
        for (String serviceName : services().keySet()) {
            environment(serviceName).forEach((name, value) -> {
                if (value == null) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    private static void collectVariableReferences(Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                collectVariableReferences(key, names);
                collectVariableReferences(value, names);
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectVariableReferences(item, names));
        } else if (node instanceof String text) {
            Matcher matcher = VARIABLE_REFERENCE.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
    }

    Set<String> envExampleNames() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ENV_EXAMPLE_ENTRY.matcher(envExample);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    static Optional<Path> findOnPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(Pattern.quote(File.pathSeparator)))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Paths.get(dir, program))
                .filter(candidate -> Files.isRegularFile(candidate) && Files.isExecutable(candidate))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node, String what) {
        if (!(node instanceof Map)) {
            return fail("%s in %s should be a mapping but is %s", what, COMPOSE_FILE, node);
        }
        return (Map<String, Object>) node;
    }

    static List<Object> asList(Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> list)) {
            return fail("expected a list in %s but got %s", COMPOSE_FILE, node);
        }
        return new ArrayList<>(list);
    }
}
