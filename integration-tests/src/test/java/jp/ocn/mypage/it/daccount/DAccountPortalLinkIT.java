package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A signed-in customer links a dアカウント from the portal with Keycloak's kc_action=idp_link:daccount. */
@ExtendWith(MyPageServerExtension.class)
class DAccountPortalLinkIT {

    private final KeycloakServer server;
    private final AdminApi admin;
    private final DAccountStandIn daccount;

    DAccountPortalLinkIT(Fixtures fixtures) {
        this.server = fixtures.server();
        this.admin = fixtures.admin();
        this.daccount = DAccountSteps.standIn(admin);
    }

    @Test
    void aSignedInCustomerLinksADAccountFromThePortalAndThenSignsInWithIt() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(admin);
        String subject = daccount.subject();
        LoginClient portal = new LoginClient(server);
        assertThat(portal.login(account.username(), CodeSteps.PASSWORD).signedIn())
                .isTrue();

        LoginClient.Outcome confirm = portal.authorize("&kc_action=idp_link:daccount");
        // Keycloak asks first: アカウントをdアカウントにリンクしますか？ 続ける / キャンセル.
        Element proceed = confirm.page().selectFirst("form [type=submit]:not([name*=cancel])");
        assertThat(proceed).as(confirm.body()).isNotNull();
        LoginClient.Outcome linked = proceed.id().isEmpty()
                ? portal.post(confirm.page(), "form", Map.of(proceed.attr("name"), proceed.val()))
                : portal.click(confirm.page(), proceed.id(), Map.of());

        assertThat(linked.signedIn()).as(linked.body()).isTrue();
        assertThat(linked.body()).contains("kc_action_status=success");
        assertThat(DAccountSteps.usersLinkedTo(admin, subject)).hasSize(1);
        String userId = admin.userId(account.username());
        LockoutSteps.await(
                "the link event",
                10_000,
                () -> admin.eventsOf("FEDERATED_IDENTITY_LINK", userId).size() > 0);
        assertThat(DAccountSteps.start(new LoginClient(server)).signedIn()).isTrue();
    }
}
