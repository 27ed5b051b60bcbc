package jp.ocn.mypage.it.harness;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP load balancer on 127.0.0.1 in front of the nodes of a cluster: the one public address both nodes
 * are configured with ({@code --hostname}), so every node issues the same {@code iss} and every page's links come
 * back here. Round robin without affinity (the cluster must cope with every request landing anywhere), or pinned
 * to one node by a test ("password on node 1, code on node 2"). JDK only, so {@code cluster.sh} runs this very
 * file as a program: {@code java Balancer.java PORT http://127.0.0.1:8181 http://127.0.0.1:8182}.
 */
public final class Balancer implements AutoCloseable {

    /** Hop-by-hop and computed headers that a proxy must not copy (the JDK client refuses some of them). */
    private static final Set<String> SKIPPED =
            Set.of("connection", "content-length", "host", "transfer-encoding", "upgrade", "keep-alive", "expect");

    private final HttpServer server;
    private final List<URI> nodes;
    private final HttpClient client;
    private final AtomicInteger next = new AtomicInteger();
    private volatile int pinned = -1;

    public Balancer(int port, List<URI> nodes) {
        this.nodes = List.copyOf(nodes);
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/", this::forward);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Every request from now on goes to node {@code index} (0-based), dead or alive. */
    public void pin(int index) {
        pinned = index;
    }

    /** Back to round robin. */
    public void roundRobin() {
        pinned = -1;
    }

    private URI target() {
        int p = pinned;
        return nodes.get(p >= 0 ? p : Math.floorMod(next.getAndIncrement(), nodes.size()));
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI node = target();
            URI uri = node.resolve(exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            exchange.getRequestMethod(),
                            body.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                // A client's own forwarded headers never pass: the balancer says who the client is.
                if (!SKIPPED.contains(lower) && !lower.startsWith("x-forwarded-") && !lower.equals("forwarded")) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            request.header(
                    "X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
            HttpResponse<InputStream> answer;
            try {
                answer = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                // The node is down: what a real balancer without health checks answers.
                exchange.sendResponseHeaders(502, -1);
                return;
            }
            answer.headers().map().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            long length = answer.headers().firstValueAsLong("content-length").orElse(0);
            boolean empty = length == 0
                    && answer.headers().firstValue("transfer-encoding").isEmpty();
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : 0);
            try (InputStream in = answer.body();
                    OutputStream out = exchange.getResponseBody()) {
                in.transferTo(out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** {@code java Balancer.java PORT NODE_URL...}: round robin until killed. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: java Balancer.java PORT NODE_URL...");
            System.exit(2);
        }
        List<URI> nodes =
                java.util.Arrays.stream(args, 1, args.length).map(URI::create).toList();
        Balancer balancer = new Balancer(Integer.parseInt(args[0]), nodes);
        System.out.println("balancer on 127.0.0.1:" + balancer.port() + " -> " + nodes);
        Thread.currentThread().join();
    }
}
