package jp.ocn.mypage.recovery;

import jp.ocn.mypage.support.FailureWindow;
import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Recovery attempts (customer number + birth date submitted), per client IP per hour and per customer number per
 * Japanese day, from realm attributes {@code mypage.recovery.attemptsPerIpPerHour} (20) and
 * {@code mypage.recovery.attemptsPerNumberPerDay} (5). Every attempt counts, matching or not.
 */
final class RecoveryLimits {

    static final String PER_IP = "mypage.recovery.attemptsPerIpPerHour";
    static final String PER_NUMBER = "mypage.recovery.attemptsPerNumberPerDay";

    private final FailureWindow perIp;
    private final FailureWindow perNumber;

    RecoveryLimits(SingleUseObjectProvider store, RealmModel realm) {
        this.perIp = FailureWindow.perHour(store, "recovery-ip", Setting.intOr(realm.getAttribute(PER_IP), 20, 1, 100_000));
        this.perNumber = FailureWindow.perJapaneseDay(store, "recovery-number", Setting.intOr(realm.getAttribute(PER_NUMBER), 5, 1, 100_000));
    }

    /** Counts this attempt unless a limit is already reached; true when the attempt may go on. */
    boolean attempt(String ip, String customerNumber, long now) {
        if (perIp.reached(ip, now) || perNumber.reached(customerNumber, now)) {
            return false;
        }
        perIp.count(ip, now);
        perNumber.count(customerNumber, now);
        return true;
    }
}
