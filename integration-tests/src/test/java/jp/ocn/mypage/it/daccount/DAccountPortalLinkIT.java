package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
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

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    DAccountPortalLinkIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void aSignedInCustomerLinksADAccountFromThePortalAndThenSignsInWithIt() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient portal = fx.signedIn(account);

        LoginClient.Outcome confirm = portal.authorize("&kc_action=idp_link:daccount");
        // Keycloak asks first: アカウントをdアカウントにリンクしますか？ 続ける / キャンセル.
        Element proceed = confirm.page().selectFirst("form [type=submit]:not([name*=cancel])");
        assertThat(proceed).as(confirm.body()).isNotNull();
        LoginClient.Outcome linked = proceed.id().isEmpty()
                ? portal.post(confirm.page(), "form", Map.of(proceed.attr("name"), proceed.val()))
                : portal.click(confirm.page(), proceed.id(), Map.of());

        assertThat(linked.signedIn()).as(linked.body()).isTrue();
        assertThat(linked.body()).contains("kc_action_status=success");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).hasSize(1);
        String userId = fx.admin().userId(account.username());
        LockoutSteps.await(
                "the link event",
                10_000,
                () -> fx.admin().eventsOf("FEDERATED_IDENTITY_LINK", userId).size() > 0);
        assertThat(DAccountSteps.start(fx.browser()).signedIn()).isTrue();
    }
}
