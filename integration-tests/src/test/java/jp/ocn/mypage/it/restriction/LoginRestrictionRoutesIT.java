package jp.ocn.mypage.it.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.ResetMails;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ログイン制限 on every route that signs in, not only the password form: the password reset (its end signs in) and
 * the dアカウント. The test browser talks to the server from 127.0.0.1, outside the test line.
 */
@ExtendWith(MyPageServerExtension.class)
class LoginRestrictionRoutesIT {

    private final Fixtures fx;

    LoginRestrictionRoutesIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theResetByMailRouteFromOutsideIsRefusedBeforeANewPasswordIsAsked() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient client = fx.browser();
        String link = ResetMails.request(client, fx.mail(), account.username());

        Outcome outcome = client.open(link);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().selectFirst(RestrictionSteps.REFUSAL))
                .as(outcome.body())
                .isNotNull();
        assertThat(outcome.page().select("input[type=password]"))
                .as("no new-password form")
                .isEmpty();
    }

    @Test
    void aDAccountSignInFromOutsideIsRefused() {
        DAccountSteps.standIn(fx.admin());
        CodeSteps.Account account = RestrictionSteps.accountOnTheLine(fx.admin());
        LoginClient first = fx.browser();
        assertThat(DAccountSteps.linkWithPassword(
                                first, DAccountSteps.start(first), account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .as("linked while the restriction was off")
                .isTrue();
        fx.admin()
                .setUserAttributes(
                        fx.admin().userId(account.username()), Map.of(RestrictionSteps.ATTRIBUTE, List.of("true")));

        Outcome outcome = DAccountSteps.start(fx.browser());

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().selectFirst(RestrictionSteps.REFUSAL))
                .as(outcome.body())
                .isNotNull();
    }
}
