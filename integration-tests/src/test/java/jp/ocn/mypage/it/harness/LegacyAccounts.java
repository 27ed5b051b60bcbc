package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Accounts moved in from the old system with their legacy hashes (design.md's credential formats). */
public final class LegacyAccounts {

    /** bcrypt cost 10 of {@link #BCRYPT_PASSWORD}. */
    public static final String BCRYPT_HASH = "$2a$10$.OeNDfyiIxG3OCbMTTvhYeeuh4MYr5USjVQVFFHR2jUzcyHfK5nsy";

    public static final String BCRYPT_PASSWORD = "Legacy-Bcrypt-2026";
    /** scrypt N=16384, r=8, p=1 of {@link #SCRYPT_PASSWORD} with salt {@link #SCRYPT_SALT}: 32-byte key, base64. */
    public static final String SCRYPT_KEY = "3msJcBhpmTemQd9jhnBklS6jJF2Mc/c8T6OrAIX/iHI=";

    public static final String SCRYPT_SALT = "bXlwYWdlLWxlZ2FjeS1zYWx0";
    public static final String SCRYPT_PASSWORD = "Legacy-Scrypt-2026";

    private LegacyAccounts() {}

    public static Map<String, Object> bcrypt(int cost, String hash) {
        return Map.of(
                "type", "password",
                "credentialData", "{\"algorithm\":\"bcrypt\",\"hashIterations\":" + cost + "}",
                "secretData", "{\"value\":\"" + hash + "\"}");
    }

    public static Map<String, Object> scrypt(int n, int r, int p, String key, String salt) {
        return Map.of(
                "type",
                "password",
                "credentialData",
                "{\"algorithm\":\"scrypt\",\"hashIterations\":" + n + ",\"additionalParameters\":{\"r\":[\"" + r
                        + "\"],\"p\":[\"" + p + "\"]}}",
                "secretData",
                "{\"value\":\"" + key + "\",\"salt\":\"" + salt + "\"}");
    }

    public static Map<String, Object> user(String username, Map<String, Object> credential) {
        return AdminApi.enabledUser(username, credential);
    }

    /** Keycloak's own partial import (no check of ours in front of it); returns its answer. */
    public static JsonHttp.Reply partialImport(KeycloakServer server, AdminApi admin, List<Map<String, Object>> users) {
        return admin.call(
                "POST",
                server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/partialImport",
                JsonHttp.json(Map.of("ifResourceExists", "FAIL", "users", users)),
                admin.token());
    }

    /** Imports accounts that all hold the same credential; returns their user names. */
    public static List<String> importAll(
            KeycloakServer server, AdminApi admin, String prefix, int count, Map<String, Object> credential) {
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i + "-" + System.nanoTime() + "@ocn.ne.jp";
            names.add(name);
            users.add(user(name, credential));
        }
        JsonHttp.Reply r = partialImport(server, admin, users);
        if (r.status() != 200) {
            throw new AssertionError("import: " + r.status() + " " + r.body());
        }
        return names;
    }

    /** The algorithm of the account's stored password, as the admin API shows it. */
    public static String passwordAlgorithm(AdminApi admin, String userId) {
        for (JsonNode c : admin.get("/users/" + userId + "/credentials")) {
            if ("password".equals(c.path("type").asText())) {
                try {
                    return JsonHttp.MAPPER
                            .readTree(c.path("credentialData").asText())
                            .path("algorithm")
                            .asText();
                } catch (java.io.IOException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return null;
    }

    /** Our operator endpoint under /realms/mypage/mypage-legacy-hashes. */
    public static JsonHttp.Reply operator(
            KeycloakServer server, AdminApi admin, String method, String path, Object body) {
        return admin.call(
                method,
                server.realmUrl() + "/mypage-legacy-hashes" + path,
                body == null ? null : JsonHttp.json(body),
                admin.token());
    }
}
