package jp.ocn.mypage.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * A limit of N events per fixed window (an hour, a Japanese calendar day), kept in Keycloak's single-use object
 * store so it holds across a cluster: N events are N slots taken with an atomic putIfAbsent, and the limit is
 * reached when the last slot is taken. Scopes are hashed, so keys never hold a customer number or an address.
 */
public final class FailureWindow {

    public static final long HOUR = 3600;
    public static final long DAY = 86_400;
    private static final long JST_OFFSET = 9 * HOUR;

    private final SingleUseObjectProvider store;
    private final String name;
    private final int limit;
    private final long length;
    private final long offset;

    private FailureWindow(SingleUseObjectProvider store, String name, int limit, long length, long offset) {
        this.store = store;
        this.name = name;
        this.limit = limit;
        this.length = length;
        this.offset = offset;
    }

    public static FailureWindow perHour(SingleUseObjectProvider store, String name, int limit) {
        return new FailureWindow(store, name, limit, HOUR, 0);
    }

    /** Days begin at midnight in Japan. */
    public static FailureWindow perJapaneseDay(SingleUseObjectProvider store, String name, int limit) {
        return new FailureWindow(store, name, limit, DAY, JST_OFFSET);
    }

    public boolean reached(String scope, long now) {
        return store.contains(key(scope, now, limit - 1));
    }

    public void count(String scope, long now) {
        long end = ((now + offset) / length + 1) * length - offset;
        for (int slot = 0; slot < limit; slot++) {
            if (store.putIfAbsent(key(scope, now, slot), end - now + 60)) {
                return;
            }
        }
    }

    private String key(String scope, long now, int slot) {
        return "mypage-limit:" + name + ":" + digest(scope) + ":" + (now + offset) / length + ":" + slot;
    }

    private static String digest(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
