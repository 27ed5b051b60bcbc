package jp.ocn.mypage.recovery;

import jp.ocn.mypage.support.FailureWindow;
import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Recovery attempts (customer number + birth date submitted), per client IP per hour and per customer number per
 * Japanese day (the client address as Keycloak derives it, forwarded headers only from trusted proxies), from realm
 * attributes {@code mypage.recovery.attemptsPerIpPerHour} (20) and
 * {@code mypage.recovery.attemptsPerNumberPerDay} (5). Every attempt counts, matching or not.
 */
final class RecoveryLimits {

    static final String PER_IP = "mypage.recovery.attemptsPerIpPerHour";
    static final String PER_NUMBER = "mypage.recovery.attemptsPerNumberPerDay";

    private final FailureWindow perIp;
    private final FailureWindow perNumber;

    RecoveryLimits(SingleUseObjectProvider store, RealmModel realm) {
        this.perIp = FailureWindow.perHour(store, "recovery-ip", Setting.realmInt(realm, PER_IP, 20, 1, 100_000));
        this.perNumber = FailureWindow.perJapaneseDay(
                store, "recovery-number", Setting.realmInt(realm, PER_NUMBER, 5, 1, 100_000));
    }

    /**
     * Claims this attempt's slots before anything else happens; true when the attempt may go on. A refused attempt
     * does no further work, so 30 parallel submissions against a limit of 5 get 5 evaluations, not 30.
     */
    boolean attempt(String ip, String customerNumber, long now) {
        return perIp.claim(ip, now) != null && perNumber.claim(customerNumber, now) != null;
    }
}
