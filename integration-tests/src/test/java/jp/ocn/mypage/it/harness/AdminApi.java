package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
        return expect(r, 200, "admin token").json().get("access_token").asText();
    }

    /** GET on the admin API of realm mypage, e.g. {@code get("/users?username=x")}. */
    public JsonNode get(String path) {
        return expect(call("GET", adminUrl(path), null, token()), 200, "GET " + path)
                .json();
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
        expect(
                call(
                        "POST",
                        adminUrl("/users"),
                        JsonHttp.json(enabledUser(
                                username, Map.of("type", "password", "value", password, "temporary", false))),
                        token()),
                201,
                "create user " + username);
        return userId(username);
    }

    /** An enabled test user whose OCN ID is also its verified mail, with one credential. */
    public static Map<String, Object> enabledUser(String username, Map<String, Object> credential) {
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
                List.of(credential));
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
        expect(
                call(
                        "POST",
                        adminUrl("/partialImport"),
                        JsonHttp.json(Map.of("ifResourceExists", "FAIL", "users", List.of(user))),
                        token()),
                200,
                "import user " + username);
        return userId(username);
    }

    /** Adds a required action (e.g. UPDATE_PASSWORD) to a user, as an operator would in the admin console. */
    public void requireAction(String userId, String action) {
        updateUser(userId, user -> user.put("requiredActions", List.of(action)));
    }

    /**
     * Sets attributes of a user. The realm's user profile keeps unmanaged attributes for admins only, so this
     * goes through the full representation the admin API expects.
     */
    public void setUserAttributes(String userId, Map<String, List<String>> attributes) {
        updateUser(userId, user -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> current = (Map<String, Object>) user.getOrDefault("attributes", new HashMap<>());
            Map<String, Object> merged = new HashMap<>(current == null ? Map.of() : current);
            merged.putAll(attributes);
            user.put("attributes", merged);
        });
    }

    /** Reads a user's full representation, changes it and puts it back (the admin API replaces, not merges). */
    private void updateUser(String userId, Consumer<Map<String, Object>> change) {
        @SuppressWarnings("unchecked")
        Map<String, Object> user = JsonHttp.MAPPER.convertValue(get("/users/" + userId), Map.class);
        change.accept(user);
        expect(put("/users/" + userId, user), 204, "user update");
    }

    /** One customer as the operator directory API shows it (ocnId, contracts, phones…). */
    public JsonNode customer(String customerNumber) {
        return directory("GET", "/customers/" + customerNumber, null).json();
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
        expect(put("", Map.of("attributes", attributes)), 204, "realm update");
    }

    /**
     * Registers a confidential client of one test (standard flow, the harness's redirect URI), e.g. so that test
     * finds its own events by client, or with a back-channel logout URL in {@code attributes}.
     */
    public void createClient(String clientId, String secret, Map<String, String> attributes) {
        createClient(clientId, secret, attributes, List.of());
    }

    /** The same, with protocol mappers of its own (e.g. an audience mapper). */
    public void createClient(
            String clientId, String secret, Map<String, String> attributes, List<Map<String, Object>> mappers) {
        Map<String, Object> client = new HashMap<>(Map.of(
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
                List.of(LoginClient.REDIRECT_URI),
                "attributes",
                attributes));
        if (!mappers.isEmpty()) {
            client.put("protocolMappers", mappers);
        }
        expect(call("POST", adminUrl("/clients"), JsonHttp.json(client), token()), 201, "create client " + clientId);
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

    private static JsonHttp.Reply expect(JsonHttp.Reply r, int status, String what) {
        if (r.status() != status) {
            throw new AssertionError(what + ": " + r.status() + " " + r.body());
        }
        return r;
    }
}
