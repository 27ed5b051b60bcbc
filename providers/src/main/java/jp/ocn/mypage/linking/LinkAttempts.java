package jp.ocn.mypage.linking;

import java.util.Optional;
import jp.ocn.mypage.support.FailureWindow;
import org.keycloak.models.SingleUseObjectProvider;

/**
 * Proofs checked, per account per hour and per customer number per Japanese day, counted cluster-wide. A proof
 * claims its slots before it is checked (so parallel submissions cannot check more proofs than the limit) and
 * gives them back when it matched: only failed proofs count in the end.
 */
final class LinkAttempts {

    /** The slots one proof holds while it is checked. */
    final class Claim {
        private final String accountSlot;
        private final String numberSlot;

        private Claim(String accountSlot, String numberSlot) {
            this.accountSlot = accountSlot;
            this.numberSlot = numberSlot;
        }

        /** The proof matched: it does not count as a failure. */
        void matched() {
            perAccount.release(accountSlot);
            perNumber.release(numberSlot);
        }
    }

    private final FailureWindow perAccount;
    private final FailureWindow perNumber;

    LinkAttempts(SingleUseObjectProvider store, LinkConfig config) {
        this.perAccount = FailureWindow.perHour(store, "link-account", config.failuresPerAccountPerHour());
        this.perNumber = FailureWindow.perJapaneseDay(store, "link-number", config.failuresPerNumberPerDay());
    }

    /** Empty when either limit is reached: then the proof must not be checked; the caller says the same either way. */
    Optional<Claim> claim(String userId, String customerNumber, long now) {
        String accountSlot = perAccount.claim(userId, now);
        if (accountSlot == null) {
            return Optional.empty();
        }
        String numberSlot = perNumber.claim(customerNumber, now);
        if (numberSlot == null) {
            return Optional.empty();
        }
        return Optional.of(new Claim(accountSlot, numberSlot));
    }
}
