package jp.ocn.mypage.it.harness;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.Network;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Keycloak 26.7.3 with our providers and a PostgreSQL 16, each in a container (dasniko's testcontainers-keycloak,
 * Testcontainers' PostgreSQL module), on a network of their own: the Testcontainers variant of {@link KeycloakServer},
 * for machines with a Docker engine (profile {@code testcontainers}). As the process harness: production mode
 * ({@code kc.sh start}), the providers jars of {@code server/target/providers}, realm-config applied by the same
 * apply command once Keycloak is ready, SMS and calls to the {@link TwilioStub} and mail to the {@link MailCatcher},
 * both on this machine, which the container reaches through Testcontainers' host access
 * ({@code host.testcontainers.internal}).
 */
final class KeycloakInContainer implements AutoCloseable {

    static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";
    static final String POSTGRES_IMAGE = "postgres:16";
    /** How a container reaches ports of this machine opened with {@link Testcontainers#exposeHostPorts}. */
    private static final String HOST = "host.testcontainers.internal";

    private static final Duration START_TIMEOUT =
            Duration.ofMinutes(Long.parseLong(System.getenv().getOrDefault("MYPAGE_TEST_START_MINUTES", "10")));

    private final Network network;
    private final PostgreSQLContainer postgres;
    private final KeycloakContainer keycloak;
    private final Path log;
    private KeycloakServer server;

    private KeycloakInContainer(Network network, PostgreSQLContainer postgres, KeycloakContainer keycloak, Path log) {
        this.network = network;
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.log = log;
    }

    /** Starts PostgreSQL, then Keycloak, then applies realm-config as the process harness does. */
    static KeycloakInContainer start(TwilioStub twilio, MailCatcher mail) {
        int twilioPort = twilio.baseUri().getPort();
        int smtpPort = Integer.parseInt(mail.env().get("MYPAGE_SMTP_PORT"));
        Testcontainers.exposeHostPorts(twilioPort, smtpPort);
        Map<String, String> env = new HashMap<>(twilio.env());
        env.put("MYPAGE_TWILIO_API_BASE_URL", "http://" + HOST + ":" + twilioPort);
        // Placeholders of realm-config (resolved by the apply): the realm's SMTP server, as the container sees it.
        env.put("MYPAGE_SMTP_HOST", HOST);
        env.put("MYPAGE_SMTP_PORT", Integer.toString(smtpPort));

        Network network = Network.newNetwork();
        PostgreSQLContainer postgres = new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
                .withNetwork(network)
                .withNetworkAliases("postgres")
                .withDatabaseName("mypage")
                // As the process harness's PostgreSQL: user postgres without a password (TestDatabase#query).
                .withUsername(TestDatabase.USER)
                .withPassword("unused")
                .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
        KeycloakContainer keycloak = new KeycloakContainer(KEYCLOAK_IMAGE)
                .withProductionMode()
                // The container sets KC_METRICS_ENABLED itself (false unless asked), KC_HEALTH_ENABLED=true and the
                // bootstrap admin admin/admin, which the apply and AdminApi use as with the process harness.
                .withEnabledMetrics()
                .withProviderLibsFrom(providerJars())
                .withNetwork(network)
                .dependsOn(postgres)
                .withStartupTimeout(START_TIMEOUT)
                .withEnv(keycloakEnv(env));
        Path log = Path.of(System.getProperty("mypage.keycloak.home"))
                .getParent()
                .resolve("keycloak-container")
                .resolve("mypage-container-server.log");
        KeycloakInContainer running = new KeycloakInContainer(network, postgres, keycloak, log);
        try {
            postgres.start();
            keycloak.start();
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        // The address the tests use: Keycloak's HTTP port as mapped on this machine.
        running.server = new KeycloakServer(
                log.getParent(),
                new TestDatabase("postgres", "mypage", postgres.getJdbcUrl()),
                env,
                List.of(),
                keycloak.getAuthServerUrl(),
                log.getFileName().toString(),
                keycloak.getHttpPort());
        running.server.applyRealm();
        return running;
    }

    /** What tests talk to: {@link KeycloakServer#baseUrl()} is the container's mapped HTTP port. */
    KeycloakServer server() {
        return server;
    }

    String managementUrl() {
        return keycloak.getMgmtServerUrl();
    }

    Path log() {
        return log;
    }

    /** The server's environment: what {@code KeycloakServer} passes on the command line, as KC_* variables. */
    private static Map<String, String> keycloakEnv(Map<String, String> ours) {
        Map<String, String> env = new HashMap<>(ours);
        env.put("KC_DB", "postgres");
        env.put("KC_DB_URL", "jdbc:postgresql://postgres:5432/mypage");
        env.put("KC_DB_USERNAME", TestDatabase.USER);
        env.put("KC_DB_PASSWORD", "unused");
        env.put("KC_CACHE", "local");
        env.put("KC_HTTP_ENABLED", "true");
        // Issuer and links from each request's address: the tests reach Keycloak on a port Docker picks.
        env.put("KC_HOSTNAME_STRICT", "false");
        env.put("KC_EVENT_METRICS_USER_ENABLED", "true");
        env.put("KC_PROXY_HEADERS", "xforwarded");
        env.put("KC_PROXY_TRUSTED_ADDRESSES", KeycloakServer.TRUSTED_PROXY);
        // Tests only, as in the process harness: the induced-fault endpoint of the system-error route.
        env.put("JAVA_OPTS_APPEND", "-Dmypage.testFaults=true");
        return env;
    }

    private static List<File> providerJars() {
        Path built = Path.of(System.getProperty("mypage.providers.dir"));
        try (Stream<Path> jars = Files.list(built)) {
            List<File> list = jars.filter(p -> p.toString().endsWith(".jar"))
                    .map(Path::toFile)
                    .toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("No provider jars in " + built + ": run the build first");
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps Keycloak's log as a file (the log-secret check reads it), then stops both containers. */
    @Override
    public void close() {
        try {
            if (keycloak.isRunning() || keycloak.getContainerId() != null) {
                Files.createDirectories(log.getParent());
                Files.writeString(log, keycloak.getLogs(), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("[harness] could not keep the container log: " + e.getMessage());
        } finally {
            keycloak.stop();
            postgres.stop();
            network.close();
        }
    }
}
