package jp.ocn.mypage.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A throw-away copy of the test server's distribution (our providers, no realm, the embedded H2, its own ports),
 * started once with only the given environment of ours, to see whether it becomes ready or exits: for start-up
 * checks that must refuse a configuration. The copy is built afresh (about a minute).
 */
public final class DistributionCopy {

    /** How a start of a throw-away copy of the distribution ended. */
    public record StartAttempt(boolean ready, int exitCode, String output) {}

    private DistributionCopy() {}

    /** Starts a copy of {@code home} (without its data and its log {@code log}); a ready copy is stopped. */
    static StartAttempt start(Path home, Path log, Map<String, String> env, Duration timeout) {
        Path copy;
        try {
            copy = Files.createTempDirectory("mypage-start-check");
            try (Stream<Path> walk = Files.walk(home)) {
                for (Path p : walk.toList()) {
                    Path rel = home.relativize(p);
                    if (rel.startsWith("data") || p.equals(log)) {
                        continue;
                    }
                    Path target = copy.resolve(rel.toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = KeycloakServer.freePort();
        int management = KeycloakServer.freePort();
        Path output = copy.resolve("start.log");
        ProcessBuilder pb = new ProcessBuilder(
                        copy.resolve("bin/kc.sh").toString(),
                        "start",
                        "--http-enabled=true",
                        "--http-port=" + port,
                        "--http-management-port=" + management,
                        "--hostname-strict=false",
                        // --db=dev-file differs from the run's build, so the copy is built again with the environment
                        // given.
                        "--health-enabled=true",
                        "--cache=local",
                        "--db=dev-file")
                .directory(copy.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        pb.environment().keySet().removeIf(name -> name.startsWith("MYPAGE_") || name.startsWith("KC_"));
        pb.environment().putAll(env);
        try {
            Process started = pb.start();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(2))
                    .build();
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean ready = false;
            while (started.isAlive() && !ready && System.nanoTime() < deadline) {
                try {
                    ready = client.send(
                                            HttpRequest.newBuilder(URI.create(
                                                            "http://localhost:" + management + "/health/ready"))
                                                    .timeout(Duration.ofSeconds(5))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (IOException e) {
                    // not listening (yet)
                }
                if (!ready) {
                    started.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
                }
            }
            started.descendants().forEach(ProcessHandle::destroy);
            started.destroy();
            if (!started.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                started.destroyForcibly().waitFor();
            }
            String text = Files.readString(output);
            KeycloakServer.deleteTree(copy);
            return new StartAttempt(ready, started.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
