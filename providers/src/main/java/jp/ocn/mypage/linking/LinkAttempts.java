package jp.ocn.mypage.linking;

import jp.ocn.mypage.support.FailureWindow;
import org.keycloak.models.SingleUseObjectProvider;

/** Failed proofs, per account per hour and per customer number per Japanese day, counted cluster-wide. */
final class LinkAttempts {

    private final FailureWindow perAccount;
    private final FailureWindow perNumber;

    LinkAttempts(SingleUseObjectProvider store, LinkConfig config) {
        this.perAccount = FailureWindow.perHour(store, "link-account", config.failuresPerAccountPerHour());
        this.perNumber = FailureWindow.perJapaneseDay(store, "link-number", config.failuresPerNumberPerDay());
    }

    /** True when either limit is reached; the caller says the same thing in both cases. */
    boolean blocked(String userId, String customerNumber, long now) {
        return perAccount.reached(userId, now) || (customerNumber != null && perNumber.reached(customerNumber, now));
    }

    void failed(String userId, String customerNumber, long now) {
        perAccount.count(userId, now);
        if (customerNumber != null) {
            perNumber.count(customerNumber, now);
        }
    }
}
