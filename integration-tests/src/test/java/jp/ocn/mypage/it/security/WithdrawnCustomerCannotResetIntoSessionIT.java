package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.GateAccounts;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RecoverySteps;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: an account that may not sign in (withdrawn, or cancelled past retention) uses a password reset to
 * get the signed-in session the login form refuses. The reset routes run the contract gate before a new
 * password is set, so they end on the same refusal page, with no code and no token.
 */
@ExtendWith(MyPageServerExtension.class)
class WithdrawnCustomerCannotResetIntoSessionIT {

    private static final String UPDATE = "form#kc-passwd-update-form";
    private final Fixtures fx;

    WithdrawnCustomerCannotResetIntoSessionIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aWithdrawnCustomerWhoOpensTheResetMailIsRefusedAndNotSignedIn() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "withdrawn", 3);
        LoginClient client = fx.browser();
        Outcome afterLink = client.open(ResetMails.request(client, fx.mail(), account.username()));

        assertThat(afterLink.signedIn()).as(afterLink.body()).isFalse();
        assertThat(afterLink.page().selectFirst(UPDATE))
                .as("no new password for a refused account")
                .isNull();
        assertThat(afterLink.page().text()).contains("退会済みのため");
        assertThat(client.authorize("").signedIn())
                .as("no SSO session was left behind")
                .isFalse();
        assertThat(fx.login(account).page().text())
                .as("the old password is unchanged: it still reaches the gate's refusal")
                .contains("退会済みのため");
    }

    @Test
    void aCustomerPastRetentionWhoResetsByCustomerNumberIsRefusedBeforeANewPassword() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 200);
        LoginClient client = fx.browser();
        Outcome chooser = RecoverySteps.forgotPassword(client);
        Outcome number = client.post(chooser.page(), RecoverySteps.ROUTE, Map.of("route", "number"));
        Outcome code = RecoverySteps.number(client, number, account.customerNumber(), "1990-02-03");
        Outcome shown = RecoverySteps.enterCodeSentTo(client, code, fx.twilio(), account.mobileE164());
        Outcome next = shown.page().selectFirst(RecoverySteps.RESULT) == null
                ? shown
                : client.post(shown.page(), RecoverySteps.RESULT, Map.of("action", "next"));

        assertThat(next.signedIn()).as(next.body()).isFalse();
        assertThat(next.page().selectFirst(UPDATE))
                .as("no new password for a refused account: " + next.body())
                .isNull();
        assertThat(next.page().text()).contains("閲覧可能期間が過ぎたため");
        assertThat(client.authorize("").signedIn())
                .as("no SSO session was left behind")
                .isFalse();
    }
}
