package jp.ocn.mypage.portal;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.sdk.oidc.OidcException;

/**
 * The login server's corporate administration API (design.md: {@code mypage-corporate/corporations/{cn}/…}) as the
 * portal calls it on the signed-in user's behalf, with that user's access token. The API decides everything (who may,
 * step-up, four eyes); the portal only shows its answers.
 */
final class CorporateApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** One answer: status, the JSON object (empty when none), the raw bytes and the {@code WWW-Authenticate} value. */
    record Answer(int status, Map<String, Object> json, byte[] bytes, Optional<String> challenge, String contentType) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The API's error code ({@code {"error": …}}), or empty. */
        String error() {
            Object e = json.get("error");
            return e instanceof String s ? s : "";
        }

        String errorDescription() {
            Object e = json.get("error_description");
            return e instanceof String s ? s : "";
        }

        /** A list of objects under {@code name} ({@code members}, {@code approvals}, {@code entries}). */
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> list(String name) {
            Object v = json.get(name);
            if (!(v instanceof List<?> items)) {
                return List.of();
            }
            return items.stream()
                    .filter(Map.class::isInstance)
                    .map(i -> (Map<String, Object>) i)
                    .toList();
        }
    }

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CorporateApi(String issuer) {
        this.base = issuer + "/mypage-corporate/corporations/";
    }

    /** {@code path} below {@code corporations/{customerNumber}}, e.g. {@code /members}; {@code body} null for none. */
    Answer call(String method, String customerNumber, String path, String accessToken, Map<String, Object> body)
            throws OidcException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + segment(customerNumber) + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json, text/csv");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)));
        }
        HttpResponse<byte[]> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new OidcException("corporate API unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted", e);
        }
        String type = r.headers().firstValue("Content-Type").orElse("");
        return new Answer(
                r.statusCode(),
                type.startsWith("application/json") ? json(r.body()) : Map.of(),
                r.body(),
                r.headers().firstValue("WWW-Authenticate"),
                type);
    }

    /** One path segment, e.g. an OCN ID in {@code /members/{ocnId}/roles}. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Map<String, Object> json(byte[] body) {
        try {
            return JSONObjectUtils.parse(new String(body, StandardCharsets.UTF_8));
        } catch (ParseException e) {
            return Map.of();
        }
    }
}
