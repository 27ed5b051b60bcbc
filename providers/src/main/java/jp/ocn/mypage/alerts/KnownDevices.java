package jp.ocn.mypage.alerts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.keycloak.models.UserModel;

/**
 * The browsers an account has signed in from, as user attribute {@code mypage.knownDevices}: hashes of the device
 * cookie's random value (the value itself is never stored), the newest last, at most {@link #LIMIT}.
 */
final class KnownDevices {

    static final String ATTRIBUTE = "mypage.knownDevices";
    static final int LIMIT = 20;

    private KnownDevices() {}

    static boolean knows(UserModel user, String deviceId) {
        return deviceId != null && user.getAttributeStream(ATTRIBUTE).anyMatch(hash(deviceId)::equals);
    }

    static void remember(UserModel user, String deviceId) {
        List<String> known = new ArrayList<>(user.getAttributeStream(ATTRIBUTE).toList());
        known.remove(hash(deviceId));
        known.add(hash(deviceId));
        user.setAttribute(ATTRIBUTE, known.subList(Math.max(0, known.size() - LIMIT), known.size()));
    }

    static String hash(String deviceId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
