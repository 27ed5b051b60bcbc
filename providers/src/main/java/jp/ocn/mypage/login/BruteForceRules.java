package jp.ocn.mypage.login;

import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The realm's brute-force settings and the lock they give after the n-th consecutive failure, computed as Keycloak's
 * {@code DefaultBruteForceProtector} does, so that IDs nobody holds ({@link UnknownIdFailures}) lock after the same
 * failures, for the same time, as real ones.
 */
record BruteForceRules(
        boolean multiple,
        int failureFactor,
        int waitIncrementSeconds,
        int maxWaitSeconds,
        long quickLoginCheckMillis,
        int minimumQuickLoginWaitSeconds,
        boolean permanentLockout,
        int maxTemporaryLockouts,
        int maxDeltaSeconds) {

    static BruteForceRules of(RealmModel realm) {
        return new BruteForceRules(
                RealmRepresentation.BruteForceStrategy.MULTIPLE.equals(realm.getBruteForceStrategy()),
                Math.max(1, realm.getFailureFactor()),
                realm.getWaitIncrementSeconds(),
                realm.getMaxFailureWaitSeconds(),
                realm.getQuickLoginCheckMilliSeconds(),
                realm.getMinimumQuickLoginWaitSeconds(),
                realm.isPermanentLockout(),
                realm.getMaxTemporaryLockouts(),
                realm.getMaxDeltaTimeSeconds());
    }

    /** What the n-th consecutive failure (1-based) at {@code nowMillis} does, the previous one having been at {@code lastMillis} (0: none). */
    Lock afterFailure(int n, long nowMillis, long lastMillis) {
        boolean permanentOnly = permanentLockout && maxTemporaryLockouts == 0;
        long wait = 0;
        if (!permanentOnly) {
            wait = multiple
                    ? (long) waitIncrementSeconds * (n / failureFactor)
                    : (long) waitIncrementSeconds * (1L + n - failureFactor);
        }
        boolean quick = false;
        if (wait <= 0 && lastMillis > 0 && nowMillis - lastMillis < quickLoginCheckMillis) {
            wait = minimumQuickLoginWaitSeconds;
            quick = true;
        }
        // Every counted failure past the factor is one temporary lockout (failures while locked are never counted).
        int temporaryLockouts = Math.max(0, n - failureFactor + 1);
        boolean permanent = permanentLockout
                && (temporaryLockouts > maxTemporaryLockouts || (maxTemporaryLockouts == 0 && n >= failureFactor));
        long until = 0;
        if (wait > 0) {
            if (!permanentLockout || maxTemporaryLockouts > 0) {
                wait = Math.min(maxWaitSeconds, wait);
            }
            if (quick || !permanentLockout || temporaryLockouts <= maxTemporaryLockouts) {
                until = nowMillis / 1000 + wait;
            }
        }
        return new Lock(until, permanent);
    }

    /** A lock: until when (epoch seconds, 0 for none) and whether it is permanent. */
    record Lock(long untilEpochSecond, boolean permanent) {

        static final Lock NONE = new Lock(0, false);

        boolean activeAt(long nowMillis) {
            return permanent || untilEpochSecond > nowMillis / 1000;
        }
    }
}
