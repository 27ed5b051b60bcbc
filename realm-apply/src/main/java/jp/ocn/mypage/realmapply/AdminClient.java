package jp.ocn.mypage.realmapply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API as JSON trees. Signs in to the admin realm with a password (admin-cli) or with a
 * client's credentials, and signs in again when the token is older than half a minute (master's admin tokens
 * live 60 s by default).
 */
public final class AdminClient {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration TOKEN_REUSE = Duration.ofSeconds(30);

    /** How to sign in: a user's password through {@code clientId}, or the client's own secret. */
    public record Credentials(
            String authRealm, String clientId, String clientSecret, String username, String password) {

        public static Credentials password(String username, String password) {
            return new Credentials("master", "admin-cli", null, username, password);
        }

        Map<String, String> form() {
            if (clientSecret != null && !clientSecret.isEmpty()) {
                return Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret);
            }
            return Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password);
        }
    }

    private final String serverUrl;
    private final Credentials credentials;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private long tokenTime;

    public AdminClient(String serverUrl, Credentials credentials) {
        this.serverUrl = serverUrl.replaceAll("/+$", "");
        this.credentials = credentials;
    }

    /** GET below {@code /admin/realms}; null when the server answers 404. */
    JsonNode get(String path) {
        Reply r = send("GET", path, null);
        if (r.status == 404) {
            return null;
        }
        return r.expect(200).json();
    }

    /** POST; returns the id at the end of the Location header, when there is one. */
    String post(String path, Object body) {
        Reply r = send("POST", path, body).expect(201, 200, 204);
        return r.location == null ? null : r.location.substring(r.location.lastIndexOf('/') + 1);
    }

    void put(String path, Object body) {
        send("PUT", path, body).expect(204, 200);
    }

    void delete(String path) {
        send("DELETE", path, null).expect(204, 200);
    }

    /** DELETE with a body, as the admin API takes composite roles to remove. */
    void delete(String path, Object body) {
        send("DELETE", path, body).expect(204, 200);
    }

    /** An answer as it came: status and JSON body (null node when empty or not JSON). */
    public record Answer(int status, JsonNode json, String body) {}

    /**
     * Any call below the server's base URL (e.g. {@code /realms/mypage/mypage-legacy-hashes/check} or
     * {@code /admin/realms/mypage/partialImport}), answered whatever its status.
     */
    public Answer exchange(String method, String serverPath, Object body) {
        Reply r = sendTo(serverUrl + serverPath, method, serverPath, body);
        JsonNode json;
        try {
            json = r.body == null || r.body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(r.body);
        } catch (IOException e) {
            json = MAPPER.nullNode();
        }
        return new Answer(r.status, json, r.body);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Reply send(String method, String path, Object body) {
        return sendTo(serverUrl + "/admin/realms" + path, method, path, body);
    }

    private Reply sendTo(String url, String method, String path, Object body) {
        try {
            String json = body == null ? null : MAPPER.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token())
                    .header("Accept", "application/json")
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                b.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(
                    method + " " + path,
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new ConfigException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted", e);
        }
    }

    private String token() throws IOException, InterruptedException {
        if (token != null && System.nanoTime() - tokenTime < TOKEN_REUSE.toNanos()) {
            return token;
        }
        String form = credentials.form().entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(serverUrl + "/realms/" + enc(credentials.authRealm())
                                + "/protocol/openid-connect/token"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new ConfigException("admin sign-in to realm " + credentials.authRealm() + " at " + serverUrl
                    + " failed: " + r.statusCode() + " " + r.body());
        }
        token = MAPPER.readTree(r.body()).get("access_token").asText();
        tokenTime = System.nanoTime();
        return token;
    }

    private record Reply(String request, int status, String body, String location) {

        Reply expect(int... statuses) {
            for (int s : statuses) {
                if (status == s) {
                    return this;
                }
            }
            throw new ConfigException(request + ": " + status + " " + body);
        }

        JsonNode json() {
            try {
                return body == null || body.isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(body);
            } catch (IOException e) {
                throw new ConfigException(request + ": answer is not JSON: " + body, e);
            }
        }
    }
}
