package jp.ocn.mypage.realmapply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of the old system's export (JSON lines), turned into Keycloak's user representation with the credential
 * formats of design.md:
 *
 * <pre>
 * {"ocnId":"taro.yamada@ocn.ne.jp","email":"…","lastName":"山田","firstName":"太郎","algorithm":"bcrypt","hash":"$2a$10$…"}
 * {"ocnId":"…","email":"…","lastName":"…","firstName":"…","algorithm":"scrypt","n":16384,"r":8,"p":1,"salt":"<base64>","key":"<base64, 32 bytes>"}
 * </pre>
 *
 * The hash is passed on as it is: the server's check decides whether it is usable.
 */
final class LegacyExportRecord {

    private LegacyExportRecord() {}

    /** The user to import, or an {@link IllegalArgumentException} naming what the line lacks. */
    static Map<String, Object> toUser(JsonNode line) {
        String ocnId = text(line, "ocnId").toLowerCase(Locale.ROOT);
        String algorithm = text(line, "algorithm");
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("type", "password");
        switch (algorithm) {
            case "bcrypt" -> {
                String hash = text(line, "hash");
                int cost = hash.length() > 6 && hash.charAt(3) == '$' ? parseCost(hash) : -1;
                credential.put("credentialData", json(Map.of("algorithm", "bcrypt", "hashIterations", cost)));
                credential.put("secretData", json(Map.of("value", hash)));
            }
            case "scrypt" -> {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("algorithm", "scrypt");
                data.put("hashIterations", number(line, "n"));
                data.put(
                        "additionalParameters",
                        Map.of(
                                "r", List.of(String.valueOf(number(line, "r"))),
                                "p", List.of(String.valueOf(number(line, "p")))));
                credential.put("credentialData", json(data));
                credential.put("secretData", json(Map.of("value", text(line, "key"), "salt", text(line, "salt"))));
            }
            default -> throw new IllegalArgumentException("algorithm must be bcrypt or scrypt, not " + algorithm);
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", ocnId);
        user.put("email", line.hasNonNull("email") ? line.get("email").asText() : ocnId);
        user.put("emailVerified", line.path("emailVerified").asBoolean(true));
        user.put("enabled", true);
        user.put("lastName", text(line, "lastName"));
        user.put("firstName", text(line, "firstName"));
        user.put("credentials", List.of(credential));
        return user;
    }

    private static int parseCost(String hash) {
        try {
            return Integer.parseInt(hash.substring(4, 6));
        } catch (NumberFormatException e) {
            return -1; // the server's check names the malformed hash
        }
    }

    private static String text(JsonNode line, String field) {
        JsonNode v = line.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return v.asText();
    }

    private static long number(JsonNode line, String field) {
        JsonNode v = line.get(field);
        if (v == null || !v.canConvertToLong()) {
            throw new IllegalArgumentException(field + " is missing or not a number");
        }
        return v.asLong();
    }

    private static String json(Object value) {
        try {
            return LegacyImport.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
