package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Twilio's REST API as far as the server uses it (Messages.json and Calls.json of one account), on a free port of
 * 127.0.0.1. It answers 201 with a body like Twilio's, records every request, and can be told to fail or stall the
 * next one. {@link #env()} points the server's {@code twilio} code sender at it.
 */
public final class TwilioStub implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "stub-auth-token-0123456789abcdef";
    public static final String FROM = "+815000000000";

    private static final Pattern RESOURCE = Pattern.compile("/2010-04-01/Accounts/([^/]+)/(Messages|Calls)\\.json");
    private static final DateTimeFormatter RFC_2822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** One request as the stub received it: form parameters decoded (UTF-8), first value of each name. */
    public record Recorded(Instant at, String method, String path, Map<String, String> form, String authorization) {

        public boolean isSms() {
            return path.endsWith("/Messages.json");
        }

        public boolean isCall() {
            return path.endsWith("/Calls.json");
        }
    }

    private record Failure(int status, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "twilio-stub");
        t.setDaemon(true);
        return t;
    });
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final Queue<Duration> delays = new ConcurrentLinkedQueue<>();
    private final AtomicLong sids = new AtomicLong();

    public TwilioStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        // Several threads: a stalled answer (delayNext) must not hold up the requests after it.
        server.setExecutor(threads);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The environment that makes the server send through this stub. */
    public Map<String, String> env() {
        return Map.of("MYPAGE_TWILIO_ACCOUNT_SID", ACCOUNT_SID, "MYPAGE_TWILIO_AUTH_TOKEN", AUTH_TOKEN,
                "MYPAGE_TWILIO_FROM", FROM, "MYPAGE_TWILIO_API_BASE_URL", baseUrl());
    }

    /** Every request so far, oldest first. */
    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Forgets recorded requests and any failure or delay not yet used. */
    public void clear() {
        requests.clear();
        failures.clear();
        delays.clear();
    }

    /** The next request (only that one) is answered with this status and body, as Twilio answers errors. */
    public void failNext(int status, String jsonBody) {
        failures.add(new Failure(status, jsonBody));
    }

    /** The next request (only that one) is answered after this delay, e.g. beyond the sender's read timeout. */
    public void delayNext(Duration delay) {
        delays.add(delay);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Recorded(Instant.now(), exchange.getRequestMethod(), path, Collections.unmodifiableMap(form), authorization));

            Duration delay = delays.poll();
            if (delay != null) {
                sleep(delay);
            }
            Failure failure = failures.poll();
            Matcher resource = RESOURCE.matcher(path);
            if (failure != null) {
                respond(exchange, failure.status(), failure.body());
            } else if (!expectedAuthorization().equals(authorization)) {
                respond(exchange, 401, error(20003, "Authenticate", 401));
            } else if (!"POST".equals(exchange.getRequestMethod()) || !resource.matches() || !ACCOUNT_SID.equals(resource.group(1))) {
                respond(exchange, 404, error(20404, "The requested resource " + path + " was not found", 404));
            } else {
                respond(exchange, 201, created(resource.group(2), path, form));
            }
        } catch (IOException e) {
            // the sender gave up first (its read timeout): nothing to answer
        } finally {
            exchange.close();
        }
    }

    private String created(String kind, String path, Map<String, String> form) {
        boolean sms = kind.equals("Messages");
        String sid = (sms ? "SM" : "CA") + String.format("%032x", sids.incrementAndGet());
        String now = RFC_2822.format(Instant.now());
        ObjectNode body = JsonHttp.MAPPER.createObjectNode()
                .put("sid", sid).put("account_sid", ACCOUNT_SID).put("api_version", "2010-04-01")
                .put("to", form.get("To")).put("from", form.get("From")).put("status", "queued")
                .put("direction", "outbound-api").put("date_created", now).put("date_updated", now)
                .put("uri", path.replace(".json", "/" + sid + ".json"));
        if (sms) {
            body.put("body", form.get("Body")).put("num_segments", "1").put("num_media", "0");
        }
        return body.toString();
    }

    private static String error(int code, String message, int status) {
        return JsonHttp.MAPPER.createObjectNode().put("code", code).put("message", message)
                .put("more_info", "https://www.twilio.com/docs/errors/" + code).put("status", status).toString();
    }

    private static String expectedAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> decode(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
