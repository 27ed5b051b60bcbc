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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Structural checks of the deployment files at the repository root: {@code docker-compose.yml} and
 * {@code .env.example}. A plain unit test: no Docker engine is needed. If the {@code docker-compose}
 * binary is on the PATH, the file is additionally validated with {@code docker-compose config -q}.
 */
class ComposeFileTest {

    private static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    private static final String COMPOSE_FILE = "docker-compose.yml";
    private static final String ENV_EXAMPLE = ".env.example";
    private static final Path BUILD_OUTPUT = Paths.get("server", "target");
    private static final Path APPLY_BUILD_OUTPUT = Paths.get("realm-apply", "target");

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}} ...; not the escaped {@code $${NAME}}. */
    private static final Pattern VARIABLE_REFERENCE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)([^}]*)}");
    /** {@code NAME=value} or a commented-out {@code # NAME=value} line of .env.example. */
    private static final Pattern ENV_EXAMPLE_ENTRY =
            Pattern.compile("^\\s*(?:#\\s*)?([A-Za-z_][A-Za-z0-9_]*)=", Pattern.MULTILINE);

    private static Path repoRoot;
    private static Path composeFile;
    private static Map<String, Object> compose;
    private static String envExample;

    @BeforeAll
    static void loadComposeFile() throws IOException {
        repoRoot = findRepositoryRoot();
        composeFile = repoRoot.resolve(COMPOSE_FILE);
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions()))
                .load(Files.readString(composeFile, StandardCharsets.UTF_8));
        assertThat(parsed).as("top level of %s", composeFile).isInstanceOf(Map.class);
        compose = asMap(parsed, "top level");
        Path envFile = repoRoot.resolve(ENV_EXAMPLE);
        assertThat(envFile).as("%s next to %s", ENV_EXAMPLE, COMPOSE_FILE).isRegularFile();
        envExample = Files.readString(envFile, StandardCharsets.UTF_8);
    }

    @Test
    void composeFileDefinesKeycloakPostgresAndMailServices() {
        assertThat(services()).containsKeys("keycloak", "postgres", "mail");
    }

    @Test
    void keycloakRunsExactlyThePinnedKeycloakImage() {
        assertThat(service("keycloak").get("image")).isEqualTo(KEYCLOAK_IMAGE);
    }

    @Test
    void everyServiceImageIsPinnedToAnExplicitTag() {
        services().forEach((name, definition) -> {
            String image = String.valueOf(asMap(definition, name).get("image"));
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            assertThat(lastSegment).as("image of service %s", name).contains(":");
            assertThat(lastSegment).as("image of service %s", name).doesNotEndWith(":latest");
        });
        assertThat(String.valueOf(service("postgres").get("image"))).startsWith("postgres:16");
    }

    @Test
    void keycloakStartsInProductionModeAndLeavesTheRealmToTheApply() {
        List<String> command = commandTokens(service("keycloak").get("command"));
        assertThat(command).contains("start").doesNotContain("start-dev", "--import-realm");
    }

    @Test
    void realmApplyRunsOnceAfterKeycloakIsHealthyWithRealmConfigReadOnly() {
        Map<String, Object> apply = service("realm-apply");
        Map<String, Object> keycloak =
                asMap(asMap(apply.get("depends_on"), "depends_on").get("keycloak"), "depends_on.keycloak");
        assertThat(keycloak.get("condition")).isEqualTo("service_healthy");
        assertThat(String.valueOf(apply.get("restart"))).isEqualTo("no");
        assertThat(commandTokens(apply.get("command")))
                .contains("--server", "http://keycloak:8080", "/opt/realm-config");
        assertThat(mounts("realm-apply")).anySatisfy(mount -> {
            assertThat(resolve(mount.source())).isEqualTo(repoRoot.resolve("realm-config/mypage"));
            assertThat(mount.target()).isEqualTo("/opt/realm-config");
            assertThat(mount.readOnly()).isTrue();
        });
        assertThat(String.valueOf(environment("realm-apply").get("MYPAGE_APPLY_PASSWORD")))
                .matches("\\$\\{KC_BOOTSTRAP_ADMIN_PASSWORD:\\?[^}]*}");
    }

    @Test
    void dependsOnNamesOnlyDefinedServices() {
        Set<String> defined = services().keySet();
        services().forEach((name, definition) -> {
            Object dependsOn = asMap(definition, name).get("depends_on");
            assertThat(dependencyNames(dependsOn))
                    .as("depends_on of service %s", name)
                    .allSatisfy(dependency -> assertThat(defined).contains(dependency))
                    .doesNotContain(name);
        });
    }

    @Test
    void keycloakWaitsForAHealthyPostgresAndForTheMailCatcher() {
        Object dependsOn = service("keycloak").get("depends_on");
        assertThat(dependencyNames(dependsOn)).contains("postgres", "mail");
        assertThat(dependsOn)
                .as("keycloak depends_on in long form (with conditions)")
                .isInstanceOf(Map.class);
        Map<String, Object> postgres = asMap(asMap(dependsOn, "depends_on").get("postgres"), "depends_on.postgres");
        assertThat(postgres.get("condition")).isEqualTo("service_healthy");
    }

    @Test
    void postgresHasAHealthcheckAndKeepsItsDataInANamedVolume() {
        Map<String, Object> postgres = service("postgres");
        Map<String, Object> healthcheck = asMap(postgres.get("healthcheck"), "postgres healthcheck");
        assertThat(String.valueOf(healthcheck.get("test"))).contains("pg_isready");
        assertThat(mounts("postgres")).anySatisfy(mount -> {
            assertThat(mount.bind()).isFalse();
            assertThat(mount.target()).isEqualTo("/var/lib/postgresql/data");
        });
        Map<String, Object> postgresEnvironment = environment("postgres");
        assertThat(postgresEnvironment).containsKeys("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD");
    }

    @Test
    void everyNamedVolumeIsDeclaredAtTopLevel() {
        Set<String> declared = compose.get("volumes") == null
                ? Set.of()
                : asMap(compose.get("volumes"), "volumes").keySet();
        for (String service : services().keySet()) {
            for (Mount mount : mounts(service)) {
                if (!mount.bind()) {
                    assertThat(declared)
                            .as("named volume %s of service %s", mount.source(), service)
                            .contains(mount.source());
                }
            }
        }
    }

    @Test
    void keycloakUsesThePostgresServiceAsItsDatabase() {
        Map<String, Object> env = environment("keycloak");
        assertThat(env.get("KC_DB")).isEqualTo("postgres");
        assertThat(String.valueOf(env.get("KC_DB_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(env).containsKeys("KC_DB_USERNAME", "KC_DB_PASSWORD");
    }

    @Test
    void bootstrapAdminPasswordHasNoSilentDefault() {
        Object password = environment("keycloak").get("KC_BOOTSTRAP_ADMIN_PASSWORD");
        assertThat(String.valueOf(password))
                .as("KC_BOOTSTRAP_ADMIN_PASSWORD must be required (${KC_BOOTSTRAP_ADMIN_PASSWORD:?...})")
                .matches("\\$\\{KC_BOOTSTRAP_ADMIN_PASSWORD:\\?[^}]*}");
        assertThat(environment("keycloak")).containsKey("KC_BOOTSTRAP_ADMIN_USERNAME");
    }

    @Test
    void keycloakServesPlainHttpBehindAProxyWithHealthAndMetricsOnTheManagementPort() {
        Map<String, Object> env = environment("keycloak");
        assertThat(String.valueOf(env.get("KC_HTTP_ENABLED"))).isEqualTo("true");
        assertThat(String.valueOf(env.get("KC_HEALTH_ENABLED"))).isEqualTo("true");
        assertThat(String.valueOf(env.get("KC_METRICS_ENABLED"))).isEqualTo("true");
        assertThat(String.valueOf(env.get("KC_HOSTNAME"))).startsWith("${KC_HOSTNAME");
        assertThat(String.valueOf(env.get("KC_PROXY_HEADERS"))).startsWith("${KC_PROXY_HEADERS");
        List<String> containerPorts = asList(service("keycloak").get("ports")).stream()
                .map(ComposeFileTest::containerPort)
                .collect(Collectors.toList());
        assertThat(containerPorts).contains("8080", "9000");
    }

    @Test
    void keycloakTrustsForwardedHeadersOnlyFromConfiguredProxyAddresses() {
        // Without a trusted list, any client could set X-Forwarded-For and get a fresh per-IP quota.
        String trusted = String.valueOf(environment("keycloak").get("KC_PROXY_TRUSTED_ADDRESSES"));
        assertThat(trusted).startsWith("${KC_PROXY_TRUSTED_ADDRESSES:-");
        String fallback = trusted.substring("${KC_PROXY_TRUSTED_ADDRESSES:-".length(), trusted.length() - 1);
        assertThat(fallback).as("default trusted proxy addresses").isNotBlank().doesNotContain("0.0.0.0/0", "::/0");
    }

    @Test
    void theManagementPortIsPublishedOnLoopbackOnly() {
        List<String> management = asList(service("keycloak").get("ports")).stream()
                .map(String::valueOf)
                .filter(port -> "9000".equals(containerPort(port)))
                .collect(Collectors.toList());
        assertThat(management).isNotEmpty().allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
    }

    @Test
    void theRealmSendsMailToTheConfiguredSmtpHostAndKeycloakGetsTwilioSettings() {
        assertThat(environment("keycloak"))
                .containsKeys(
                        "MYPAGE_TWILIO_ACCOUNT_SID",
                        "MYPAGE_TWILIO_AUTH_TOKEN",
                        "MYPAGE_TWILIO_FROM",
                        "MYPAGE_TWILIO_API_BASE_URL");
        // The realm's SMTP settings are placeholders of realm-config, filled in by the apply.
        Map<String, Object> env = environment("realm-apply");
        assertThat(env).containsKeys("MYPAGE_SMTP_HOST", "MYPAGE_SMTP_PORT", "MYPAGE_SMTP_FROM");
        assertThat(String.valueOf(env.get("MYPAGE_SMTP_HOST"))).contains("mail");
    }

    @Test
    void keycloakMountsTheProvidersFolderReadOnlyAndNoServiceMountsDemoData() {
        List<Mount> mounts = mounts("keycloak");
        assertThat(mounts).anySatisfy(mount -> {
            assertThat(mount.bind()).isTrue();
            assertThat(resolve(mount.source())).isEqualTo(repoRoot.resolve("server/target/providers"));
            assertThat(mount.target()).isEqualTo("/opt/keycloak/providers");
            assertThat(mount.readOnly()).isTrue();
        });
        Path demo = repoRoot.resolve("realm-config/demo");
        for (String service : services().keySet()) {
            for (Mount mount : mounts(service)) {
                if (mount.bind()) {
                    Path source = resolve(mount.source());
                    assertThat(source.startsWith(demo) || demo.startsWith(source))
                            .as("service %s must not mount demo data (%s)", service, mount.source())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void keycloakIsNotGivenTheDemoDirectory() {
        assertThat(environment("keycloak")).doesNotContainKey("MYPAGE_DEMO_DIRECTORY");
    }

    @Test
    void everyBindMountSourceExistsOrIsTheServerBuildOutput() throws IOException {
        Path buildOutput = repoRoot.resolve(BUILD_OUTPUT);
        for (String service : services().keySet()) {
            for (Mount mount : mounts(service)) {
                if (!mount.bind()) {
                    continue;
                }
                Path source = resolve(mount.source());
                if (source.startsWith(repoRoot.resolve(APPLY_BUILD_OUTPUT))) {
                    assertThat(repoRoot.resolve("realm-apply"))
                            .as("module folder of %s", mount.source())
                            .isDirectory();
                } else if (source.startsWith(buildOutput)) {
                    // Produced by `mvn package`; its presence after packaging is checked elsewhere.
                    assertThat(repoRoot.resolve("server"))
                            .as("module folder of %s", mount.source())
                            .isDirectory();
                    if (Files.isDirectory(source)) {
                        try (Stream<Path> files = Files.list(source)) {
                            assertThat(files.map(path -> path.getFileName().toString()))
                                    .as("jars in %s (mounted by service %s)", source, service)
                                    .anyMatch(name -> name.endsWith(".jar"));
                        }
                    }
                } else {
                    assertThat(source)
                            .as("bind mount source %s of service %s", mount.source(), service)
                            .exists();
                }
            }
        }
    }

    @Test
    void everyVariableTheComposeFileReadsIsListedInEnvExample() {
        Set<String> listed = envExampleNames();
        assertThat(listed).as("variables listed in %s", ENV_EXAMPLE).containsAll(variablesReadByCompose());
    }

    @Test
    void envExampleListsOnlyVariablesTheComposeFileReads() {
        assertThat(variablesReadByCompose())
                .as("variables read by %s", COMPOSE_FILE)
                .containsAll(envExampleNames());
    }

    @Test
    void dockerComposeAcceptsTheFile() throws IOException, InterruptedException {
        Optional<Path> binary = findOnPath("docker-compose");
        Assumptions.assumeTrue(
                binary.isPresent(),
                "docker-compose is not on the PATH: skipping `docker-compose config` validation"
                        + " (structural checks above still ran)");
        Path output = Files.createTempFile("docker-compose-config", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(
                            binary.get().toString(), "-f", composeFile.toString(), "config", "-q")
                    .directory(repoRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "test");
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("docker-compose config did not finish within 120 s");
            }
            String log = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(process.exitValue())
                    .as("docker-compose config -q exit code; output:%n%s", log)
                    .isZero();
        } finally {
            Files.deleteIfExists(output);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private record Mount(boolean bind, String source, String target, boolean readOnly) {}

    private static Path findRepositoryRoot() {
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(COMPOSE_FILE)) && Files.isDirectory(dir.resolve("realm-config"))) {
                return dir;
            }
        }
        return fail("No folder holding %s and realm-config/ found at or above %s", COMPOSE_FILE, start);
    }

    private static Map<String, Object> services() {
        return asMap(compose.get("services"), "services");
    }

    private static Map<String, Object> service(String name) {
        assertThat(services()).containsKey(name);
        return asMap(services().get(name), "service " + name);
    }

    /** The environment of a service as a map; list entries without {@code =} map to {@code null} (pass-through). */
    private static Map<String, Object> environment(String serviceName) {
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

    private static List<Mount> mounts(String serviceName) {
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

    private static Path resolve(String hostPath) {
        assertThat(hostPath).as("bind mount sources must be literal paths").doesNotContain("$");
        if (hostPath.startsWith("~")) {
            hostPath = System.getProperty("user.home") + hostPath.substring(1);
        }
        return repoRoot.resolve(hostPath).normalize();
    }

    private static List<String> commandTokens(Object command) {
        if (command instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.toList());
        }
        assertThat(command).as("keycloak command").isNotNull();
        return Arrays.asList(String.valueOf(command).trim().split("\\s+"));
    }

    private static Set<String> dependencyNames(Object dependsOn) {
        if (dependsOn == null) {
            return Set.of();
        }
        if (dependsOn instanceof Map<?, ?> map) {
            return map.keySet().stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
        }
        return asList(dependsOn).stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String containerPort(Object port) {
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
    private static Set<String> variablesReadByCompose() {
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

    private static Set<String> envExampleNames() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = ENV_EXAMPLE_ENTRY.matcher(envExample);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static Optional<Path> findOnPath(String program) {
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
    private static Map<String, Object> asMap(Object node, String what) {
        if (!(node instanceof Map)) {
            return fail("%s in %s should be a mapping but is %s", what, COMPOSE_FILE, node);
        }
        return (Map<String, Object>) node;
    }

    private static List<Object> asList(Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> list)) {
            return fail("expected a list in %s but got %s", COMPOSE_FILE, node);
        }
        return new ArrayList<>(list);
    }
}
