package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: flood someone's mailbox by locking their ID again and again (every failure past the fifth is a new
 * lock). The owner gets at most one lockout mail per hour.
 */
@ExtendWith(MyPageServerExtension.class)
class LockoutMailIsNoMailBombIT {

    private final KeycloakServer server;
    private final AdminApi admin;
    private final MailCatcher mail;

    LockoutMailIsNoMailBombIT(KeycloakServer server, AdminApi admin, MailCatcher mail) {
        this.server = server;
        this.admin = admin;
        this.mail = mail;
    }

    @Test
    void fourLocksOfOneIdWithinTheHourSendOneMail() throws Exception {
        try (AutoCloseable shortWaits = LockoutSteps.realmSettings(admin, LockoutSteps.SHORT_WAITS)) {
            CodeSteps.Account target = CodeSteps.newAccount(admin, true);
            String userId = admin.userId(target.username());
            for (int i = 1; i <= 8; i++) {
                LockoutSteps.await("the lock ended", 10_000, () -> !LockoutSteps.bruteForce(server, admin, userId)
                        .path("disabled")
                        .asBoolean());
                Thread.sleep(1_100); // beyond the quick-login window: failures 5, 6, 7 and 8 each lock the ID
                new LoginClient(server).login(target.username(), "Wrong-Password-" + i);
                if (i == 5) {
                    LockoutSteps.awaitLockMail(mail, target.username());
                }
            }
            LockoutSteps.await("four locks of the target", 15_000, () -> lockEvents(userId) >= 4);

            // Lock events are mailed in order; once a later account's mail has come, the target's are all done.
            CodeSteps.Account later = CodeSteps.newAccount(admin, true);
            LockoutSteps.lockByQuickFailures(server, later.username());
            LockoutSteps.awaitLockMail(mail, later.username());
            assertThat(LockoutSteps.lockMails(mail, target.username()))
                    .as("lockout mails to the target")
                    .hasSize(1);
        }
    }

    private int lockEvents(String userId) {
        return admin.get("/events?type=USER_DISABLED_BY_TEMPORARY_LOCKOUT&user=" + userId + "&max=100")
                .size();
    }
}
