package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: flood someone's mailbox by locking their ID again and again (every failure past the fifth is a new
 * lock). The owner gets at most one lockout mail per hour.
 */
@ExtendWith(MyPageServerExtension.class)
class LockoutMailIsNoMailBombIT {

    private final Fixtures fx;

    LockoutMailIsNoMailBombIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void fourLocksOfOneIdWithinTheHourSendOneMail() throws Exception {
        try (AutoCloseable shortWaits = LockoutSteps.realmSettings(fx.admin(), LockoutSteps.SHORT_WAITS)) {
            CodeSteps.Account target = CodeSteps.newAccount(fx.admin(), true);
            String userId = fx.admin().userId(target.username());
            for (int i = 1; i <= 8; i++) {
                LockoutSteps.await(
                        "the lock ended", 10_000, () -> !LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                                .path("disabled")
                                .asBoolean());
                Thread.sleep(1_100); // beyond the quick-login window: failures 5, 6, 7 and 8 each lock the ID
                fx.browser().login(target.username(), "Wrong-Password-" + i);
                if (i == 5) {
                    LockoutSteps.awaitLockMail(fx.mail(), target.username());
                }
            }
            LockoutSteps.await("four locks of the target", 15_000, () -> lockEvents(userId) >= 4);

            // Lock events are mailed in order; once a later account's mail has come, the target's are all done.
            CodeSteps.Account later = CodeSteps.newAccount(fx.admin(), true);
            LockoutSteps.lockByQuickFailures(fx.server(), later.username());
            LockoutSteps.awaitLockMail(fx.mail(), later.username());
            assertThat(LockoutSteps.lockMails(fx.mail(), target.username()))
                    .as("lockout mails to the target")
                    .hasSize(1);
        }
    }

    private int lockEvents(String userId) {
        return fx.admin()
                .get("/events?type=USER_DISABLED_BY_TEMPORARY_LOCKOUT&user=" + userId + "&max=100")
                .size();
    }
}
