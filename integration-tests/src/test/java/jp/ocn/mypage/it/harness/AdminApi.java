package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

/** Keycloak's admin REST API and our operator endpoints, as the master realm's admin. */
public final class AdminApi {

    private final KeycloakServer server;

    public AdminApi(KeycloakServer server) {
        this.server = server;
    }

    public String token() {
        JsonHttp.Reply r = JsonHttp.postForm(
                server.baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        if (r.status() != 200) {
            throw new AssertionError("admin token: " + r.status() + " " + r.body());
        }
        return r.json().get("access_token").asText();
    }

    /** GET on the admin API of realm mypage, e.g. {@code get("/users?username=x")}. */
    public JsonNode get(String path) {
        JsonHttp.Reply r = call("GET", adminUrl(path), null, token());
        if (r.status() != 200) {
            throw new AssertionError("GET " + path + ": " + r.status() + " " + r.body());
        }
        return r.json();
    }

    public JsonHttp.Reply put(String path, Object body) {
        return call("PUT", adminUrl(path), JsonHttp.json(body), token());
    }

    /** Our operator directory API under /realms/mypage/mypage-directory. */
    public JsonHttp.Reply directory(String method, String path, String body) {
        return call(method, server.realmUrl() + "/mypage-directory" + path, body, token());
    }

    public JsonHttp.Reply call(String method, String url, String body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return JsonHttp.send(b);
    }

    private String adminUrl(String path) {
        return server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + path;
    }

    public String userId(String username) {
        JsonNode users = get("/users?exact=true&username=" + JsonHttp.enc(username));
        if (users.size() != 1) {
            throw new AssertionError("user " + username + ": " + users);
        }
        return users.get(0).get("id").asText();
    }

    /** Creates an enabled user whose username is also its mail address; returns its ID. */
    public String createUser(String username, String password) {
        JsonHttp.Reply r = call(
                "POST",
                adminUrl("/users"),
                JsonHttp.json(enabledUser(username, Map.of("type", "password", "value", password, "temporary", false))),
                token());
        if (r.status() != 201) {
            throw new AssertionError("create user " + username + ": " + r.status() + " " + r.body());
        }
        return userId(username);
    }

    /** An enabled test user whose OCN ID is also its verified mail, with one credential. */
    private static Map<String, Object> enabledUser(String username, Map<String, Object> credential) {
        return Map.of(
                "username",
                username,
                "email",
                username,
                "emailVerified",
                true,
                "enabled",
                true,
                "firstName",
                "テスト",
                "lastName",
                "ユーザー",
                "credentials",
                java.util.List.of(credential));
    }

    /** Password of {@link #importUserWithOldPassword}: the admin API cannot back-date a password it sets. */
    public static final String OLD_PASSWORD = "Old-Password-2025!";

    /**
     * Imports an enabled user whose password ({@link #OLD_PASSWORD}, stored as a PBKDF2 hash Keycloak verifies)
     * was set the given number of days ago; returns its ID.
     */
    public String importUserWithOldPassword(String username, int daysAgo) {
        long created = System.currentTimeMillis() - daysAgo * 86_400_000L;
        Map<String, Object> credential = Map.of(
                "type",
                "password",
                "createdDate",
                created,
                "secretData",
                "{\"value\":\"o8A9NkvqclmaN5uLLoIn1GNuTUFqta2z+bLVAuJMnTQ=\",\"salt\":\"AAECAwQFBgcICQoLDA0ODw==\",\"additionalParameters\":{}}",
                "credentialData",
                "{\"hashIterations\":27500,\"algorithm\":\"pbkdf2-sha256\",\"additionalParameters\":{}}");
        Map<String, Object> user = enabledUser(username, credential);
        JsonHttp.Reply r = call(
                "POST",
                adminUrl("/partialImport"),
                JsonHttp.json(Map.of("ifResourceExists", "FAIL", "users", java.util.List.of(user))),
                token());
        if (r.status() != 200) {
            throw new AssertionError("import user " + username + ": " + r.status() + " " + r.body());
        }
        return userId(username);
    }

    /** Adds a required action (e.g. UPDATE_PASSWORD) to a user, as an operator would in the admin console. */
    public void requireAction(String userId, String action) {
        @SuppressWarnings("unchecked")
        Map<String, Object> user = JsonHttp.MAPPER.convertValue(get("/users/" + userId), Map.class);
        user.put("requiredActions", java.util.List.of(action));
        JsonHttp.Reply r = put("/users/" + userId, user);
        if (r.status() != 204) {
            throw new AssertionError("user update: " + r.status() + " " + r.body());
        }
    }

    /**
     * Sets attributes of a user. The realm's user profile keeps unmanaged attributes for admins only, so this
     * goes through the full representation the admin API expects.
     */
    public void setUserAttributes(String userId, Map<String, java.util.List<String>> attributes) {
        @SuppressWarnings("unchecked")
        Map<String, Object> user = JsonHttp.MAPPER.convertValue(get("/users/" + userId), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> current = (Map<String, Object>) user.getOrDefault("attributes", new java.util.HashMap<>());
        Map<String, Object> merged = new java.util.HashMap<>(current == null ? Map.of() : current);
        merged.putAll(attributes);
        user.put("attributes", merged);
        JsonHttp.Reply r = put("/users/" + userId, user);
        if (r.status() != 204) {
            throw new AssertionError("user update: " + r.status() + " " + r.body());
        }
    }

    /** Imports a directory batch through the operator endpoint. */
    public JsonHttp.Reply importCustomers(Object batch) {
        return directory("POST", "/customers", batch instanceof String s ? s : JsonHttp.json(batch));
    }

    /** Realm attribute update, e.g. to shorten a configured period for one test. */
    public void setRealmAttribute(String name, String value) {
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = JsonHttp.MAPPER.convertValue(get("").get("attributes"), Map.class);
        attributes.put(name, value);
        JsonHttp.Reply r = put("", Map.of("attributes", attributes));
        if (r.status() != 204) {
            throw new AssertionError("realm update: " + r.status() + " " + r.body());
        }
    }

    /**
     * Registers a confidential client of one test (standard flow, the harness's redirect URI), e.g. so that test
     * finds its own events by client, or with a back-channel logout URL in {@code attributes}.
     */
    public void createClient(String clientId, String secret, Map<String, String> attributes) {
        JsonHttp.Reply r = call(
                "POST",
                adminUrl("/clients"),
                JsonHttp.json(Map.of(
                        "clientId",
                        clientId,
                        "enabled",
                        true,
                        "protocol",
                        "openid-connect",
                        "publicClient",
                        false,
                        "secret",
                        secret,
                        "standardFlowEnabled",
                        true,
                        "redirectUris",
                        java.util.List.of(LoginClient.REDIRECT_URI),
                        "attributes",
                        attributes)),
                token());
        if (r.status() != 201) {
            throw new AssertionError("create client " + clientId + ": " + r.status() + " " + r.body());
        }
    }

    /** Events of one client in realm mypage, newest first: a test's own events, whatever else runs. */
    public JsonNode eventsOfClient(String type, String clientId) {
        return get("/events?type=" + type + "&client=" + JsonHttp.enc(clientId) + "&max=100");
    }

    /** Events of one user in realm mypage, newest first: a test's own events, whatever else runs. */
    public JsonNode eventsOf(String type, String userId) {
        return get("/events?type=" + type + "&user=" + JsonHttp.enc(userId) + "&max=100");
    }

    /** Login events of realm mypage, newest first. */
    public JsonNode events(String type) {
        return get("/events?type=" + type + "&max=50");
    }
}
