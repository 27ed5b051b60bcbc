package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ログイン制限: whoever has the password of an account restricted to its OCN line gets no sign-in from elsewhere, and
 * the refusal comes only after the right password, so it tells a guesser nothing. The line's own addresses get in.
 */
@ExtendWith(MyPageServerExtension.class)
class StolenPasswordFromOutsideTheLineIsRefusedIT {

    private final Fixtures fx;

    StolenPasswordFromOutsideTheLineIsRefusedIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theRightPasswordFromOutsideTheLineIsRefusedWithAnExplanationAndNoCode() throws InterruptedException {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient thief = RestrictionSteps.browserAt(fx.server(), RestrictionSteps.OUTSIDE);

        Outcome outcome = RestrictionSteps.signIn(thief, fx.server(), account);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().selectFirst(RestrictionSteps.REFUSAL))
                .as(outcome.body())
                .isNotNull();
        assertThat(outcome.page().selectFirst(RestrictionSteps.REFUSAL).text())
                .contains("ログイン制限")
                .contains("ご契約のOCN回線");
        Outcome posted = thief.post(outcome.page(), "form#mypage-login-restricted", Map.of("action", "continue"));
        assertThat(posted.signedIn()).isFalse();
        assertThat(posted.page().selectFirst(RestrictionSteps.REFUSAL)).isNotNull();
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isTrue();
        String userId = fx.admin().userId(account.username());
        LockoutSteps.await("the refusal event", 5000, () -> !fx.admin()
                .eventsOf("LOGIN_ERROR", userId)
                .isEmpty());
        assertThat(fx.admin()
                        .eventsOf("LOGIN_ERROR", userId)
                        .get(0)
                        .path("error")
                        .asText())
                .isEqualTo("mypage_login_restricted");
    }

    @Test
    void theLinesOwnAddressesSignInOverIpv4AndIpv6() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        for (String address : new String[] {RestrictionSteps.LINE_V4, RestrictionSteps.LINE_V6}) {
            LoginClient home = RestrictionSteps.browserAt(fx.server(), address);

            Outcome outcome = RestrictionSteps.signIn(home, fx.server(), account);

            assertThat(outcome.signedIn()).as(address + ": " + outcome.body()).isTrue();
            assertThat(RestrictionSteps.tokens(fx.server(), outcome.code(), address)
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordFromOutsideIsAnsweredAsAlwaysSoTheRefusalIsNoPasswordOracle() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient thief = RestrictionSteps.browserAt(fx.server(), RestrictionSteps.OUTSIDE);
        Outcome login = RestrictionSteps.authorize(thief, fx.server(), "");

        Outcome outcome = thief.submit(login.page(), account.username(), "Not-The-Password-1");

        assertThat(outcome.error()).contains("正しくありません");
        assertThat(outcome.page().selectFirst(RestrictionSteps.REFUSAL)).isNull();
    }

    @Test
    void aSessionCookieMadeOnTheLineSignsNothingInFromOutside() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient browser = RestrictionSteps.browserAt(fx.server(), RestrictionSteps.LINE_V4);
        assertThat(RestrictionSteps.signIn(browser, fx.server(), account).signedIn())
                .isTrue();

        Outcome outcome = RestrictionSteps.authorize(browser.forwardedFor(RestrictionSteps.OUTSIDE), fx.server(), "");

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().selectFirst(RestrictionSteps.REFUSAL))
                .as(outcome.body())
                .isNotNull();
    }
}
