package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.GateAccounts;
import jp.ocn.mypage.it.harness.KeycloakServer;
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

    private final KeycloakServer server;
    private final AdminApi admin;
    private final DAccountStandIn daccount;

    WithdrawnCustomerCannotSignInWithDAccountIT(Fixtures fixtures) {
        this.server = fixtures.server();
        this.admin = fixtures.admin();
        this.daccount = DAccountSteps.standIn(admin);
    }

    @Test
    void aDAccountLinkedBeforeTheWithdrawalNoLongerSignsIn() {
        CodeSteps.Account account = CodeSteps.newAccount(admin);
        LoginClient first = new LoginClient(server);
        assertThat(DAccountSteps.linkWithPassword(
                                first, DAccountSteps.start(first), account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .isTrue();
        GateAccounts.setContract(admin, account, "withdrawn", 1);

        LoginClient.Outcome outcome = DAccountSteps.start(new LoginClient(server));

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).as(outcome.body()).contains("退会済みのため");
    }

    @Test
    void aWithdrawnCustomerCannotLinkADAccountToGetIn() {
        CodeSteps.Account account = GateAccounts.withContract(admin, "withdrawn", 1);
        String subject = daccount.subject();
        LoginClient browser = new LoginClient(server);

        LoginClient.Outcome outcome = DAccountSteps.linkWithPassword(
                browser, DAccountSteps.start(browser), account.username(), CodeSteps.PASSWORD);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).as(outcome.body()).contains("退会済みのため");
        assertThat(DAccountSteps.usersLinkedTo(admin, subject))
                .as("nothing half-linked")
                .isEmpty();
    }
}
