package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The lockout mail and its single-use unlock link, which asks for a code before lifting the lock. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class SelfUnlockIT {

    private final Fixtures fx;

    SelfUnlockIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theLockoutMailsALinkThatUnlocksAfterACodeAndWorksOnce() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        assertThat(fx.login(account).error()).contains("ロックされています");

        MailCatcher.Mail notice = awaitMail(account.username(), "ロックされました");
        assertThat(notice.body()).contains(account.username()).contains("30分");
        String link = unlockLink(notice);

        LoginClient owner = fx.browser();
        Outcome choice = owner.open(link);
        assertThat(choice.page().text()).as(choice.body()).contains("ロックを解除するため");
        Outcome done = CodeSteps.answerWithCode(owner, choice, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(done.page().selectFirst("#mypage-unlock-result").text()).contains("ロックを解除しました");
        assertThat(done.signedIn())
                .as("unlocking does not sign in: the password is still asked")
                .isFalse();

        assertThat(fx.login(account).signedIn()).isTrue();
        Outcome again = fx.browser().open(link);
        assertThat(again.page().selectFirst(CodeSteps.CHOOSE))
                .as("the link works once")
                .isNull();
        assertThat(again.page().text()).contains("使用済みか");
    }

    @Test
    void aPermanentLockoutIsLiftedByTheLinkAndACodeToo() throws Exception {
        // With no temporary lockouts allowed, five failures lock the account for good (Keycloak disables it).
        int original = fx.admin().get("").get("maxTemporaryLockouts").asInt();
        fx.admin().put("", Map.of("maxTemporaryLockouts", 0));
        try {
            CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
            for (int i = 0; i < 5; i++) {
                fx.browser().login(account.username(), "Wrong-Password-" + i);
                Thread.sleep(1_100); // beyond the quick-login check
            }
            assertThat(fx.admin()
                            .get("/users/" + fx.admin().userId(account.username()))
                            .get("enabled")
                            .asBoolean())
                    .as("permanently locked")
                    .isFalse();
            assertThat(fx.login(account).signedIn()).isFalse();

            LoginClient owner = fx.browser();
            Outcome choice = owner.open(unlockLink(awaitMail(account.username(), "ロックされました")));
            Outcome done = CodeSteps.answerWithCode(owner, choice, "0:SMS", fx.twilio(), account.mobileE164());
            assertThat(done.page().selectFirst("#mypage-unlock-result").text()).contains("ロックを解除しました");
            assertThat(fx.login(account).signedIn()).isTrue();
        } finally {
            fx.admin().put("", Map.of("maxTemporaryLockouts", original));
        }
    }

    @Test
    void aForgedOrBrokenLinkUnlocksNothing() {
        // A token the realm really signed, for the same account, but of another type (an access token).
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String accessToken = fx.tokens(account).get("access_token").asText();
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        for (String key : new String[] {accessToken, "not.a.token"}) {
            Outcome page = fx.browser()
                    .open(fx.server().realmUrl()
                            + "/login-actions/reset-credentials?client_id=account&mypage_route=unlock&key=" + key);
            assertThat(page.page().selectFirst(CodeSteps.CHOOSE)).isNull();
            assertThat(page.page().text()).contains("使用済みか");
        }
        // Expired keys, reset-link tokens and links redeemed at once: see security/UnlockLinkCannotBeReplayedIT.
    }

    private static String unlockLink(MailCatcher.Mail notice) {
        Matcher m = Pattern.compile("https?://\\S+mypage_route=unlock\\S+").matcher(notice.body());
        assertThat(m.find()).as(notice.body()).isTrue();
        return m.group();
    }

    private MailCatcher.Mail awaitMail(String to, String subject) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MailCatcher.Mail> found = fx.mail().to(to).stream()
                    .filter(m -> m.subject().contains(subject))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(200);
        }
        throw new AssertionError(
                "no mail '" + subject + "' to " + to + "; got " + fx.mail().to(to));
    }
}
