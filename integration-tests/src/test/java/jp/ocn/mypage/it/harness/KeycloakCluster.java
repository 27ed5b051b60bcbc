package jp.ocn.mypage.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Two Keycloak nodes with our providers clustered as production runs them, on one machine: Infinispan over JGroups
 * with the default {@code jdbc-ping} stack (nodes find each other through the shared PostgreSQL database), JGroups
 * bound to 127.0.0.1 on a port of each node's own, distinct HTTP and management ports, one configured hostname (the
 * {@link Balancer} in front of both) so both issue the same {@code iss}. Every node runs on a copy of the unpacked
 * distribution of its own ({@code target/keycloak-node1}, {@code -node2}): a {@code --cache=ispn} build cannot share
 * files with the one-node {@code --cache=local} server of the same run. Keycloak's distributed caches keep two
 * owners of every authentication session, login failure and single-use object (its defaults), so each node holds
 * all of them and either survives the other's death.
 */
public final class KeycloakCluster implements AutoCloseable {

    private final Balancer balancer;
    private final List<KeycloakServer> nodes = new ArrayList<>();

    private KeycloakCluster(Balancer balancer) {
        this.balancer = balancer;
    }

    /** Starts node 1 (realm import), then realm-config through it and node 2 (a copy of node 1's build) at once. */
    static KeycloakCluster start(Map<String, String> env) {
        long began = System.nanoTime();
        TestDatabase database = TestDatabase.chooseForCluster();
        Path dist = Path.of(System.getProperty("mypage.keycloak.home"));
        Path target = dist.getParent();
        int[] ports = {KeycloakServer.freePort(), KeycloakServer.freePort()};
        Balancer balancer = new Balancer(
                KeycloakServer.freePort(),
                List.of(URI.create("http://127.0.0.1:" + ports[0]), URI.create("http://127.0.0.1:" + ports[1])));
        KeycloakCluster cluster = new KeycloakCluster(balancer);
        String hostname = "http://localhost:" + balancer.port();
        // The balancer sends everything to node 1 until node 2 is up.
        balancer.pin(0);
        Path home1 = copy(dist, target.resolve("keycloak-node1"));
        KeycloakServer first = node(home1, database, env, hostname, ports[0], true);
        cluster.nodes.add(first);
        first.installProvidersAndRealm();
        timed("node 1 built and started", first::relaunch);
        // Node 2 is copied and started while realm-config is applied through node 1: the two waits overlap. It loads
        // no demo data (node 1 has put it in the shared database), so its start writes nothing the apply writes.
        Path home2 = target.resolve("keycloak-node2");
        Map<String, String> env2 = new HashMap<>(env);
        env2.put("MYPAGE_DEMO_DIRECTORY", "");
        env2.put("MYPAGE_DEMO_CORPORATIONS", "");
        KeycloakServer second = node(home2, database, env2, hostname, ports[1], false);
        cluster.nodes.add(second);
        CompletableFuture<Void> secondUp = CompletableFuture.runAsync(() -> timed("node 2 copied and started", () -> {
            copy(home1, home2);
            second.relaunch();
        }));
        timed("realm-config applied through node 1", first::applyRealm);
        secondUp.join();
        balancer.roundRobin();
        System.out.printf(
                "[harness] cluster ready behind %s in %d s: node 1 %s, node 2 %s (logs %s, %s)%n",
                hostname,
                (System.nanoTime() - began) / 1_000_000_000L,
                first.directUrl(),
                second.directUrl(),
                first.log(),
                second.log());
        return cluster;
    }

    private static KeycloakServer node(
            Path home, TestDatabase database, Map<String, String> env, String hostname, int httpPort, boolean first) {
        List<String> options = new ArrayList<>(List.of(
                "--cache=ispn",
                "--cache-stack=jdbc-ping",
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--cache-embedded-network-bind-port=" + KeycloakServer.freePort()));
        if (first) {
            options.add("--import-realm");
        }
        return new KeycloakServer(home, database, env, options, hostname, "mypage-test-server.log", httpPort);
    }

    /** Node 1 or 2. Its {@link KeycloakServer#baseUrl()} is the balancer: pin the balancer to choose the node. */
    public KeycloakServer node(int number) {
        return nodes.get(number - 1);
    }

    /** Every request through the balancer (pages, tokens, admin calls) goes to node 1 or 2 from now on. */
    public void via(int number) {
        balancer.pin(number - 1);
    }

    public void roundRobin() {
        balancer.roundRobin();
    }

    /** Both nodes stop (as for a release), then start again one after the other on the same database. */
    public void restartBothNodes() {
        nodes.forEach(KeycloakServer::stop);
        for (int i = 0; i < nodes.size(); i++) {
            timed("node " + (i + 1) + " restarted", nodes.get(i)::relaunch);
        }
    }

    /** Runs a slow step and prints how long it took (the cluster's time is nearly all starts). */
    private static void timed(String step, Runnable action) {
        long start = System.nanoTime();
        action.run();
        System.out.printf("[harness] %s in %d s%n", step, (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** The server logs of both nodes (the log-secret check reads them). */
    public List<Path> logs() {
        return nodes.stream().map(KeycloakServer::log).toList();
    }

    @Override
    public void close() {
        nodes.forEach(KeycloakServer::stop);
        balancer.close();
    }

    /** A fresh copy of a distribution without its data and logs. */
    static Path copy(Path from, Path to) {
        try {
            KeycloakServer.deleteTree(to);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.toList()) {
                    Path rel = from.relativize(p);
                    if (rel.startsWith("data") || p.toString().endsWith(".log")) {
                        continue;
                    }
                    Path copied = to.resolve(rel.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(copied);
                    } else {
                        Files.copy(p, copied, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
