package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.GateAccounts;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A customer who withdrew (退会) tries the side door: the dアカウント linked while the contract was active, or a
 * first link made after the withdrawal. The contract gate refuses both, as for a password sign-in.
 */
@ExtendWith(MyPageServerExtension.class)
class WithdrawnCustomerCannotSignInWithDAccountIT {

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    WithdrawnCustomerCannotSignInWithDAccountIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void aDAccountLinkedBeforeTheWithdrawalNoLongerSignsIn() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient first = fx.browser();
        assertThat(DAccountSteps.linkWithPassword(
                                first, DAccountSteps.start(first), account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .isTrue();
        GateAccounts.setContract(fx.admin(), account, "withdrawn", 1);

        LoginClient.Outcome outcome = DAccountSteps.start(fx.browser());

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).as(outcome.body()).contains("退会済みのため");
    }

    @Test
    void aWithdrawnCustomerCannotLinkADAccountToGetIn() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "withdrawn", 1);
        String subject = daccount.subject();
        LoginClient browser = fx.browser();

        LoginClient.Outcome outcome = DAccountSteps.linkWithPassword(
                browser, DAccountSteps.start(browser), account.username(), CodeSteps.PASSWORD);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).as(outcome.body()).contains("退会済みのため");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject))
                .as("nothing half-linked")
                .isEmpty();
    }
}
