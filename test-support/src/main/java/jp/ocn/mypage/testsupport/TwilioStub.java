package jp.ocn.mypage.testsupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Twilio's REST API as far as the server uses it (Messages.json and Calls.json of one account), on WireMock at a
 * free port of 127.0.0.1. Stubs answer 201 with a body like Twilio's, 401 without the account's Basic auth, 404
 * elsewhere; every request is recorded, and the next one can be told to fail or stall. {@link #env()} points the
 * server's {@code twilio} code sender at it. One stub for the unit tests and the integration tests.
 */
public final class TwilioStub implements AutoCloseable {

    public static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    public static final String AUTH_TOKEN = "stub-auth-token-0123456789abcdef";
    public static final String FROM = "+815000000000";
    public static final String SMS_SID = "SM0123456789abcdef0123456789abcdef";
    public static final String CALL_SID = "CA0123456789abcdef0123456789abcdef";

    /** One request as the stub received it: form parameters decoded (UTF-8), first value of each name. */
    public record Recorded(
            Instant at,
            String method,
            String path,
            Map<String, String> form,
            String authorization,
            String contentType) {

        public boolean isSms() {
            return path.endsWith("/Messages.json");
        }

        public boolean isCall() {
            return path.endsWith("/Calls.json");
        }
    }

    private record Failure(int status, String body) {}

    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final Queue<Failure> failures = new ConcurrentLinkedQueue<>();
    private final Queue<Duration> delays = new ConcurrentLinkedQueue<>();
    private final WireMockServer server;

    public TwilioStub() {
        // Several threads: a stalled answer (delayNext) must not hold up the requests after it. The journal is
        // off: NextAnswers records every request in arrival order, before any delay.
        server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .containerThreads(24)
                .disableRequestJournal()
                .extensions(new NextAnswers()));
        server.start();
        String accountPath = "/2010-04-01/Accounts/" + ACCOUNT_SID;
        server.stubFor(post(urlPathEqualTo(accountPath + "/Messages.json"))
                .atPriority(1)
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(created(SMS_SID, accountPath + "/Messages/")));
        server.stubFor(post(urlPathEqualTo(accountPath + "/Calls.json"))
                .atPriority(1)
                .withBasicAuth(ACCOUNT_SID, AUTH_TOKEN)
                .willReturn(created(CALL_SID, accountPath + "/Calls/")));
        server.stubFor(any(anyUrl())
                .atPriority(5)
                .withHeader("Authorization", equalTo(basicAuthorization()))
                .willReturn(json(404, error(20404, "The requested resource was not found", 404))));
        server.stubFor(any(anyUrl()).atPriority(9).willReturn(json(401, error(20003, "Authenticate", 401))));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public URI baseUri() {
        return URI.create(baseUrl());
    }

    /** The environment that makes the server send through this stub. */
    public Map<String, String> env() {
        return Map.of(
                "MYPAGE_TWILIO_ACCOUNT_SID",
                ACCOUNT_SID,
                "MYPAGE_TWILIO_AUTH_TOKEN",
                AUTH_TOKEN,
                "MYPAGE_TWILIO_FROM",
                FROM,
                "MYPAGE_TWILIO_API_BASE_URL",
                baseUrl());
    }

    /** The Authorization header Twilio's SDK sends for this account. */
    public static String basicAuthorization() {
        return "Basic "
                + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
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
    public void failNext(int status, String body) {
        failures.add(new Failure(status, body));
    }

    /** The next request (only that one) is answered after this delay, e.g. beyond the sender's read timeout. */
    public void delayNext(Duration delay) {
        delays.add(delay);
    }

    @Override
    public void close() {
        server.stop();
    }

    private static ResponseDefinitionBuilder created(String sid, String resourcePath) {
        return json(
                201,
                "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + ACCOUNT_SID + "\",\"api_version\":\"2010-04-01\","
                        + "\"status\":\"queued\",\"direction\":\"outbound-api\",\"num_segments\":\"1\",\"num_media\":\"0\","
                        + "\"uri\":\"" + resourcePath + sid + ".json\"}");
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(body);
    }

    private static String error(int code, String message, int status) {
        return "{\"code\":" + code + ",\"message\":\"" + message
                + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status + "}";
    }

    /** Records each request and applies the queued failure or delay to it, whatever stub matched. */
    private final class NextAnswers implements ResponseDefinitionTransformerV2 {

        @Override
        public String getName() {
            return "twilio-next-answers";
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            LoggedRequest request = event.getRequest();
            Map<String, String> form = new LinkedHashMap<>();
            for (Map.Entry<String, FormParameter> p : request.formParameters().entrySet()) {
                form.put(p.getKey(), p.getValue().firstValue());
            }
            requests.add(new Recorded(
                    Instant.now(),
                    request.getMethod().getName(),
                    URI.create(request.getUrl()).getRawPath(),
                    Collections.unmodifiableMap(form),
                    request.getHeader("Authorization"),
                    request.getHeader("Content-Type")));

            ResponseDefinitionBuilder answer = ResponseDefinitionBuilder.like(event.getResponseDefinition());
            Failure failure = failures.poll();
            if (failure != null) {
                answer = answer.withStatus(failure.status()).withBody(failure.body() == null ? "" : failure.body());
            }
            Duration delay = delays.poll();
            if (delay != null) {
                answer = answer.withFixedDelay((int) delay.toMillis());
            }
            return answer.build();
        }
    }
}
