package jp.ocn.mypage.maintenance;

import java.util.function.Function;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * One writer of a realm's maintenance windows at a time, cluster-wide. The overlap check reads the realm's windows
 * and the new one is stored after it; two requests doing both at once could each see no overlap. So the writer
 * first claims the realm's key in Keycloak's single-use object store (atomic putIfAbsent, replicated), then checks
 * and stores in a transaction of its own that commits before the key is given back: the next writer sees the
 * window. The key expires on its own should a node die holding it.
 */
final class WindowWriteLock {

    private static final long LIFESPAN_SECONDS = 30;
    private static final long WAIT_MILLIS = 15_000;
    private static final long POLL_MILLIS = 25;

    private WindowWriteLock() {}

    /** Runs {@code write} in a committed transaction of its own while holding the realm's key; null on timeout. */
    static <T> T whileHeld(KeycloakSession session, String realmId, Function<KeycloakSession, T> write) {
        SingleUseObjectProvider store = session.singleUseObjects();
        String key = "mypage-maintenance-write:" + realmId;
        long giveUpAt = System.currentTimeMillis() + WAIT_MILLIS;
        while (!store.putIfAbsent(key, LIFESPAN_SECONDS)) {
            if (System.currentTimeMillis() > giveUpAt) {
                return null;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        try {
            return KeycloakModelUtils.runJobInTransactionWithResult(session.getKeycloakSessionFactory(), write::apply);
        } finally {
            store.remove(key);
        }
    }
}
