package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A traveller refused by ログイン制限 may lift it on the spot, but only with a code to a registered contact phone: a
 * thief with the password alone cannot, and a wrong code lifts nothing.
 */
@ExtendWith(MyPageServerExtension.class)
class LiftingTheRestrictionNeedsThePhoneCodeIT {

    private final Fixtures fx;

    LiftingTheRestrictionNeedsThePhoneCodeIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aWrongCodeLiftsNothingAndTheRightCodeLiftsTheRestrictionAndSignsIn() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient traveller = RestrictionSteps.browserAt(fx.server(), RestrictionSteps.OUTSIDE);
        Outcome refused = RestrictionSteps.signIn(traveller, fx.server(), account);

        Outcome choice = traveller.click(refused.page(), "mypage-login-restriction-lift", Map.of());
        assertThat(choice.page().selectFirst(CodeSteps.CHOOSE))
                .as(choice.body())
                .isNotNull();
        assertThat(choice.page().text()).contains("ログイン制限を解除");
        Outcome entry = CodeSteps.send(traveller, choice, "0:SMS");
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        String wrong = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);

        Outcome afterWrong = CodeSteps.enter(traveller, entry, wrong);

        assertThat(afterWrong.signedIn()).isFalse();
        assertThat(afterWrong.page().selectFirst(CodeSteps.ENTER))
                .as(afterWrong.body())
                .isNotNull();
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isTrue();

        Outcome afterRight = CodeSteps.enter(traveller, afterWrong, code);

        assertThat(afterRight.signedIn()).as(afterRight.body()).isTrue();
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isFalse();
    }

    @Test
    void postingTheCodeScreensWithoutAskingToLiftPassesNothing() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient thief = RestrictionSteps.browserAt(fx.server(), RestrictionSteps.OUTSIDE);
        Outcome refused = RestrictionSteps.signIn(thief, fx.server(), account);

        Outcome posted = thief.post(
                refused.page(), "form#mypage-login-restricted", Map.of("action", "verify", "code", "123456"));

        assertThat(posted.signedIn()).isFalse();
        assertThat(posted.page().selectFirst(RestrictionSteps.REFUSAL)).isNotNull();
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isTrue();
    }
}
