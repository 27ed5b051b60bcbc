package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** The realm's token endpoint as one confidential client calls it: code exchange with PKCE, and refresh. */
record TokenEndpoint(KeycloakServer server, String clientId, String clientSecret) {

    /** Exchanges an authorization code for tokens; anything but 200 fails the test. */
    JsonNode exchange(String code, String redirectUri, String verifier) {
        JsonHttp.Reply r = post(Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                redirectUri,
                "client_id",
                clientId,
                "client_secret",
                clientSecret,
                "code_verifier",
                verifier));
        if (r.status() != 200) {
            throw new AssertionError("token exchange: " + r.status() + " " + r.body());
        }
        return r.json();
    }

    /** The refresh-token grant; the reply as it came (200 with new tokens, or 400 with a JSON error). */
    JsonHttp.Reply refresh(String refreshToken) {
        return post(Map.of(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refreshToken,
                "client_id",
                clientId,
                "client_secret",
                clientSecret));
    }

    /** A fresh PKCE code verifier (RFC 7636): 32 random bytes. */
    static String newVerifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** The verifier's S256 challenge, sent with the authorization request. */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonHttp.Reply post(Map<String, String> form) {
        return JsonHttp.postForm(server.realmUrl() + "/protocol/openid-connect/token", form);
    }
}
