package jp.ocn.mypage.sender;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A real HTTP peer on 127.0.0.1 answering like Twilio's REST API, recording what it received. */
final class TwilioApiServer implements AutoCloseable {

    record Received(String method, String path, Map<String, String> form, String authorization, String contentType) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 201;
    private volatile String body;
    private volatile Duration delay = Duration.ZERO;

    TwilioApiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every later request gets this answer; null body for an empty one. */
    void answer(int status, String body) {
        this.status = status;
        this.body = body;
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(exchange.getRequestMethod(), path, decode(form),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("Content-Type")));
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String answer = status == 201 ? "{\"sid\":\"" + (path.endsWith("/Calls.json") ? "CA" : "SM")
                + "0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}" : body;
        byte[] bytes = answer == null ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up first (timeout tests)
        }
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
