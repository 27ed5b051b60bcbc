package jp.ocn.mypage.lockout;

import java.util.Map;
import java.util.UUID;
import org.keycloak.models.KeycloakSession;

/**
 * The lock an unlock link was sent for: one streak of failures of one account, from the lockout mail until the lock
 * is lifted (sign-in, password change or reset, operator unlock, self-service unlock). A link names its lock; once the
 * lock is lifted, a later lock has another name, so an old link lifts nothing. Kept in the cluster-wide single-use
 * store as long as a link lives.
 */
final class LockEpisode {

    private static final String PREFIX = "mypage-lock-episode:";
    private static final String ID = "id";

    private LockEpisode() {}

    /** Names the lock now in force on the account; called only by the one request that won the lockout mail. */
    static String begin(KeycloakSession session, String userId, long lifetimeSeconds) {
        String id = UUID.randomUUID().toString();
        session.singleUseObjects().put(PREFIX + userId, lifetimeSeconds, Map.of(ID, id));
        return id;
    }

    static boolean isCurrent(KeycloakSession session, String userId, String id) {
        Map<String, String> current = session.singleUseObjects().get(PREFIX + userId);
        return id != null && current != null && id.equals(current.get(ID));
    }

    /** The lock was lifted: links sent for it lift nothing later. */
    static void end(KeycloakSession session, String userId) {
        session.singleUseObjects().remove(PREFIX + userId);
    }
}
