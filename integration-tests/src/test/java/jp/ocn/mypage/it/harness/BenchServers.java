package jp.ocn.mypage.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The harness's servers for the benchmark (jp.ocn.mypage.bench, {@code ./benchmark.sh}), which runs outside JUnit:
 * our server as the integration tests start it, the stock distribution beside it, the two-node cluster, and the
 * Keycloak JVM of each for its memory.
 */
public final class BenchServers {

    private BenchServers() {}

    /** Our server exactly as the integration tests run it (providers, realm-config, demo clients). */
    public static KeycloakServer startMyPage(Map<String, String> env) {
        KeycloakServer server = new KeycloakServer(env);
        server.start();
        return server;
    }

    /**
     * The same Keycloak distribution without any provider of ours and without our realm, on a fresh PostgreSQL
     * database of its own, with the same start options as our server; not started. Copy it before our server's first
     * start puts our jars into the unpacked distribution.
     */
    public static KeycloakServer stock(String databaseName, Map<String, String> env) {
        Path dist = Path.of(System.getProperty("mypage.keycloak.home"));
        Path home = KeycloakCluster.copy(dist, dist.getParent().resolve("keycloak-stock"));
        try (Stream<Path> jars = Files.list(home.resolve("providers"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.delete(jar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KeycloakServer(
                home,
                TestDatabase.freshPostgres(databaseName),
                env,
                List.of("--cache=local", "--import-realm"),
                null,
                "stock-server.log",
                KeycloakServer.freePort());
    }

    public static KeycloakCluster startCluster(Map<String, String> env) {
        return KeycloakCluster.start(env);
    }

    public static void stop(KeycloakServer server) {
        server.stop();
    }

    /**
     * Ends every Keycloak JVM running on a distribution under this checkout's {@code integration-tests/target} (our
     * server, the stock copy, the cluster nodes): the benchmark's, when it is interrupted.
     */
    public static void stopAllOfThisCheckout() {
        Path target = Path.of(System.getProperty("mypage.keycloak.home"))
                .toAbsolutePath()
                .normalize()
                .getParent();
        keycloakJvms()
                .filter(p -> home(p).map(h -> h.startsWith(target)).orElse(false))
                .forEach(ProcessHandle::destroy);
    }

    /**
     * The running Keycloak JVM of this server: the java process whose {@code kc.home.dir} is the server's own
     * distribution directory (kc.sh runs it as a child, or exec's it after a re-augmentation).
     */
    public static Optional<ProcessHandle> jvm(KeycloakServer server) {
        Path home = server.log().getParent().toAbsolutePath().normalize();
        return keycloakJvms()
                .filter(p -> home(p).map(home::equals).orElse(false))
                .findFirst();
    }

    private static Stream<ProcessHandle> keycloakJvms() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
    }

    private static Optional<Path> home(ProcessHandle jvm) {
        String option = "-Dkc.home.dir=";
        return jvm.info().arguments().stream()
                .flatMap(java.util.Arrays::stream)
                .filter(a -> a.startsWith(option))
                .map(a -> Path.of(a.substring(option.length()).replace("'", "")).normalize())
                .findFirst();
    }
}
