package jp.ocn.mypage.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.keycloak.common.util.Time;
import org.keycloak.crypto.Algorithm;
import org.keycloak.crypto.KeyUse;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Failures on IDs that nobody holds, counted like Keycloak counts a real account's, so that after the same failures
 * in the same window an unknown ID gets the same lock answer (and a lock end computed alike) as a real one.
 * <p>
 * Kept in Keycloak's cluster-wide single-use store, keyed by a keyed hash (the realm's HMAC key) of the normalised
 * ID, so the store never holds typed IDs. Each failure claims its own numbered slot with one atomic
 * {@code putIfAbsent} before acting, so parallel failures are each counted; slots and the state entry expire after
 * the realm's failure-reset time (permanent locks after {@link #PERMANENT_LOCK_SECONDS}), and an ID holds at most
 * as many slots as failures lead to a permanent lock.
 */
final class UnknownIdFailures {

    /** How long a permanent lock of an unknown ID is kept (a real account's lasts until reset). */
    static final long PERMANENT_LOCK_SECONDS = 30L * 24 * 3600;

    private static final String PREFIX = "mypage-unknown-id:";
    private static final int MAX_PROBES = 256;
    private static final String COUNT = "n";
    private static final String LAST = "last";
    private static final String UNTIL = "until";
    private static final String PERMANENT = "permanent";

    private final SingleUseObjectProvider store;
    private final BruteForceRules rules;
    private final String key;

    private UnknownIdFailures(SingleUseObjectProvider store, BruteForceRules rules, String key) {
        this.store = store;
        this.rules = rules;
        this.key = key;
    }

    /** The failure record of one normalised ID that no account holds. */
    static UnknownIdFailures of(KeycloakSession session, RealmModel realm, String normalisedId) {
        return new UnknownIdFailures(
                session.singleUseObjects(),
                BruteForceRules.of(realm),
                PREFIX + keyedHash(session, realm, normalisedId));
    }

    /** The lock now in force on this ID, or {@link BruteForceRules.Lock#NONE}. */
    BruteForceRules.Lock lock() {
        Map<String, String> state = store.get(key);
        if (state == null) {
            return BruteForceRules.Lock.NONE;
        }
        BruteForceRules.Lock lock = new BruteForceRules.Lock(number(state, UNTIL), "true".equals(state.get(PERMANENT)));
        return lock.activeAt(Time.currentTimeMillis()) ? lock : BruteForceRules.Lock.NONE;
    }

    /** Counts one failure: claims the next slot atomically, then records the lock it leads to. */
    void failure() {
        long now = Time.currentTimeMillis();
        Map<String, String> state = store.get(key);
        long counted = state == null ? 0 : number(state, COUNT);
        long last = state == null ? 0 : number(state, LAST);
        int n = (int) counted + 1;
        long slotLifetime = Math.max(60, rules.maxDeltaSeconds());
        while (!store.putIfAbsent(key + "#" + n, slotLifetime)) {
            if (++n > counted + MAX_PROBES) {
                return; // a flood on one ID: its slots are already claimed, it is locked anyway
            }
        }
        BruteForceRules.Lock lock = rules.afterFailure(n, now, last);
        long lifetime = lock.permanent()
                ? PERMANENT_LOCK_SECONDS
                : Math.max(slotLifetime, lock.untilEpochSecond() - now / 1000);
        Map<String, String> recorded = store.get(key);
        if (recorded != null && number(recorded, COUNT) > n && !lock.permanent()) {
            return; // a parallel failure with a higher number has recorded a lock at least as long
        }
        store.put(
                key,
                lifetime,
                Map.of(
                        COUNT,
                        Integer.toString(n),
                        LAST,
                        Long.toString(now),
                        UNTIL,
                        Long.toString(lock.untilEpochSecond()),
                        PERMANENT,
                        Boolean.toString(lock.permanent())));
    }

    private static long number(Map<String, String> state, String name) {
        try {
            String value = state.get(name);
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String keyedHash(KeycloakSession session, RealmModel realm, String normalisedId) {
        try {
            KeyWrapper hmac = session.keys().getActiveKey(realm, KeyUse.SIG, Algorithm.HS512);
            SecretKey secret = hmac != null && hmac.getSecretKey() != null
                    ? hmac.getSecretKey()
                    : new SecretKeySpec(realm.getId().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal(normalisedId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(digest)
                    .substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
