package jp.ocn.mypage.otp;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * Makes and checks 6-digit codes. The code itself is never stored: the authentication session keeps only
 * an HMAC keyed with the realm's own HMAC key and bound to that session and tab, so a stored value is
 * useless in any other flow and cannot be reversed without the key.
 */
final class CodeHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    CodeHasher(KeycloakSession session, RealmModel realm) {
        this.key =
                session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512).getSecretKey();
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    String hash(String binding, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(key);
            mac.update(binding.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC not available", e);
        }
    }

    boolean matches(String binding, String code, String storedHash) {
        return storedHash != null
                && MessageDigest.isEqual(
                        hash(binding, code).getBytes(StandardCharsets.US_ASCII),
                        storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
