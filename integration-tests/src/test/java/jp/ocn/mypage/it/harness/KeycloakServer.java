package jp.ocn.mypage.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.ocn.mypage.realmapply.AdminClient;
import jp.ocn.mypage.realmapply.Changes;
import jp.ocn.mypage.realmapply.RealmApplier;
import jp.ocn.mypage.realmapply.RealmConfig;

/**
 * A real Keycloak 26.7.3 (the distribution from Maven Central, unpacked by Maven) with our providers,
 * theme and realm-config, started once per test run on free loopback ports, so it can run beside a dev
 * server. Production mode ({@code kc.sh start}) on the database {@link TestDatabase} chooses.
 */
public final class KeycloakServer {

    public static final String REALM = "mypage";
    /** Ten minutes (a cold start on a busy 2-core machine took over five); {@code MYPAGE_TEST_START_MINUTES} sets it. */
    private static final Duration START_TIMEOUT =
            Duration.ofMinutes(Long.parseLong(System.getenv().getOrDefault("MYPAGE_TEST_START_MINUTES", "10")));
    /** What --import-realm creates before realm-config is applied: the realm's name, and disabled until then. */
    private static final String BOOTSTRAP_REALM = "{\"realm\": \"" + REALM + "\", \"enabled\": false}\n";
    /** The only address whose forwarded headers the test server trusts; no test client uses it. */
    public static final String TRUSTED_PROXY = "127.0.0.2";

    private final Path home;
    private final Path repo;
    private final TestDatabase database;
    private final Map<String, String> extraEnv;
    private final int httpPort;
    private final int managementPort;
    private final Path log;
    /** Options of the one-node server ({@code --cache=local}) or of a cluster node (see {@link KeycloakCluster}). */
    private final List<String> modeOptions;
    /** The configured public URL ({@code --hostname}) of a cluster node, null for the one-node server. */
    private final String hostname;

    private Process process;

    KeycloakServer(Map<String, String> extraEnv) {
        this(
                Path.of(required("mypage.keycloak.home")),
                TestDatabase.choose(),
                extraEnv,
                List.of("--cache=local", "--import-realm"),
                null,
                "mypage-test-server.log",
                freePort());
    }

    /** A server on a distribution of its own ({@code home}), e.g. a node of {@link KeycloakCluster}. */
    KeycloakServer(
            Path home,
            TestDatabase database,
            Map<String, String> extraEnv,
            List<String> modeOptions,
            String hostname,
            String logName,
            int httpPort) {
        this.home = home;
        this.repo = Path.of(required("mypage.realm.config.dir")).getParent();
        this.database = database;
        this.extraEnv = Map.copyOf(extraEnv);
        this.httpPort = httpPort;
        this.managementPort = freePort();
        this.log = home.resolve(logName);
        this.modeOptions = List.copyOf(modeOptions);
        this.hostname = hostname;
    }

    /** Where clients reach the server: its own port, or for a cluster node the balancer all nodes are named after. */
    public String baseUrl() {
        return hostname != null ? hostname : directUrl();
    }

    /** This very process's HTTP port, whatever the configured hostname. */
    public String directUrl() {
        // localhost, not 127.0.0.1: browsers (and HtmlUnit) keep Keycloak's cookies only then.
        return "http://localhost:" + httpPort;
    }

    public Path log() {
        return log;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public TestDatabase database() {
        return database;
    }

    public Path repositoryRoot() {
        return repo;
    }

    void start() {
        installProvidersAndRealm();
        launch();
        applyRealm();
    }

    /** Applies realm-config once the first server (or cluster node) is up. */
    void applyRealm() {
        // As ./dev.sh does: realm-config/mypage, and the demo clients that only development and tests have.
        applyRealmConfig(List.of(
                repo.resolve("realm-config/mypage"), repo.resolve("realm-config/demo/mypage-demo-clients.json")));
        System.out.printf(
                "[harness] Keycloak ready at %s on %s database %s (log: %s)%n",
                baseUrl(), database.kind(), database.name(), log);
    }

    /** Stops and starts the same server on the same database, as an operator's restart would. */
    public void restart() {
        stop();
        launch();
    }

    /** {@code kill -9}: the JVM dies at once, nothing is shut down or handed over (a node's crash). */
    public void kill() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Starts the server again after {@link #kill()} or a stop, on the same database and ports. */
    public void relaunch() {
        launch();
    }

    void stop() {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    void installProvidersAndRealm() {
        try {
            // Each run's log starts empty: the log-secret check (LogSecretsIT) reads what this run wrote.
            Files.deleteIfExists(log);
            Path providers = home.resolve("providers");
            try (Stream<Path> old = Files.list(providers)) {
                for (Path jar : old.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    Files.delete(jar);
                }
            }
            Path built = Path.of(required("mypage.providers.dir"));
            try (Stream<Path> jars = Files.list(built)) {
                List<Path> list =
                        jars.filter(p -> p.toString().endsWith(".jar")).toList();
                if (list.isEmpty()) {
                    throw new IllegalStateException("No provider jars in " + built + ": run the build first");
                }
                for (Path jar : list) {
                    Files.copy(jar, providers.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path imports = home.resolve("data/import");
            deleteTree(home.resolve("data"));
            Files.createDirectories(imports);
            // As in ./dev.sh: --import-realm creates an empty realm with the demo users (so the demo directory
            // loads at start-up), then realm-config is applied to the running server.
            Files.writeString(imports.resolve("mypage-realm.json"), BOOTSTRAP_REALM);
            Files.copy(repo.resolve("realm-config/demo/mypage-users-0.json"), imports.resolve("mypage-users-0.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--http-enabled=true",
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                "--health-enabled=true",
                // Keycloak's metrics (and ours, jp.ocn.mypage.metrics) on the management port, user events included.
                "--metrics-enabled=true",
                "--event-metrics-user-enabled=true",
                // Forwarded headers count only from the proxy address (none in the tests): a client on loopback that
                // sends X-Forwarded-For is an untrusted peer, as on the internet.
                "--proxy-headers=xforwarded",
                "--proxy-trusted-addresses=" + TRUSTED_PROXY));
        command.addAll(modeOptions);
        command.add(hostname != null ? "--hostname=" + hostname : "--hostname-strict=false");
        command.addAll(database.keycloakOptions());
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = pb.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        env.put(
                "MYPAGE_DEMO_DIRECTORY",
                repo.resolve("realm-config/demo/directory.json").toString());
        env.put(
                "MYPAGE_DEMO_CORPORATIONS",
                repo.resolve("realm-config/demo/corporations.json").toString());
        env.put("MYPAGE_DEV_OUTBOX", home.resolve("mypage-dev-outbox.jsonl").toString());
        // Tests only: the induced-fault endpoint of the system-error route (jp.ocn.mypage.systemerror).
        env.put("JAVA_OPTS_APPEND", "-Dmypage.testFaults=true");
        env.putAll(extraEnv);
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntilReady();
    }

    private void waitUntilReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak exited with " + process.exitValue() + "; log tail:\n" + logTail());
            }
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(URI.create(managementUrl() + "/health/ready"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        stop();
        throw new IllegalStateException("Keycloak not ready within " + START_TIMEOUT + "; log tail:\n" + logTail());
    }

    /**
     * Applies realm-config (folders or files) to the running server with the apply command, as the dev command and
     * compose do; placeholders come from the server's environment. Returns what changed.
     */
    public Changes applyRealmConfig(List<Path> sources) {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        env.putAll(extraEnv);
        RealmConfig config = RealmConfig.load(sources, env::get);
        AdminClient api = new AdminClient(baseUrl(), AdminClient.Credentials.password("admin", "admin"));
        return new RealmApplier(api, line -> System.out.println("[realm-apply]" + line)).apply(config);
    }

    /**
     * Starts a throw-away copy of this distribution with only the given environment of ours and reports how the start
     * ended (see {@link DistributionCopy}).
     */
    public DistributionCopy.StartAttempt startCopy(Map<String, String> env) {
        return DistributionCopy.start(home, log, env, START_TIMEOUT);
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException(
                    "System property " + property + " is not set: run the tests through Maven (mvn verify)");
        }
        return value;
    }
}
