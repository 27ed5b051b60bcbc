package jp.ocn.mypage.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * A limit of N events per fixed window (an hour, a Japanese calendar day), kept in Keycloak's single-use object
 * store (shared by every node of a cluster): N events are N slots, each claimed with an atomic putIfAbsent before
 * the event is acted on, so parallel requests cannot get past the limit. Scopes are hashed, so keys never hold a
 * customer number or an address.
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

    /**
     * Claims one slot for an attempt before it is acted on; returns the slot's key, or null when the limit is
     * reached (then the attempt must not be evaluated at all).
     */
    public String claim(String scope, long now) {
        long end = ((now + offset) / length + 1) * length - offset;
        return Slots.claim(store, prefix(scope, now), limit, end - now + 60);
    }

    /** Gives back a slot claimed by {@link #claim} for an attempt that turned out not to count (e.g. a success). */
    public void release(String slot) {
        Slots.release(store, slot);
    }

    /** True when every slot of the current window is taken (a read only: to act on an attempt, {@link #claim} it). */
    public boolean reached(String scope, long now) {
        return store.contains(prefix(scope, now) + (limit - 1));
    }

    /** Records an event that already happened (e.g. a failure), taking a slot when one is free. */
    public void count(String scope, long now) {
        claim(scope, now);
    }

    private String prefix(String scope, long now) {
        return "mypage-limit:" + name + ":" + digest(scope) + ":" + (now + offset) / length + ":";
    }

    /** A short SHA-256 of a scope (phone number, address, account), so keys in the store hold no personal data. */
    public static String digest(String value) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
