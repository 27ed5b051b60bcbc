package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker knows the password and wants the customer's dアカウント unlinked without the step-up code that
 * kc_action=mypage-daccount-unlink asks for. Keycloak's account REST API (the account console's Linked accounts)
 * unlinks for any token holding account/manage-account, which realm-config keeps out of the default role.
 */
@ExtendWith(MyPageServerExtension.class)
class StolenPasswordCannotUnlinkDAccountThroughAccountApiIT {

    private static final String LINKED_SUBJECT = "【OCN マイページ】dアカウントと連携しました";
    private static final String UNLINKED_SUBJECT = "【OCN マイページ】dアカウントとの連携を解除しました";

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    StolenPasswordCannotUnlinkDAccountThroughAccountApiIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void aPasswordOnlyTokenIsRefusedByTheAccountApiAndTheLinkStays() throws Exception {
        CodeSteps.Account victim = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        assertThat(DAccountSteps.linkFromPortal(fx.signedIn(victim)).signedIn()).isTrue();
        String userId = fx.admin().userId(victim.username());
        LockoutSteps.await("the link mail", 15_000, () -> subjectsTo(victim).anyMatch(LINKED_SUBJECT::equals));

        String token = fx.tokens(victim).get("access_token").asText();
        String linkedAccounts = fx.server().realmUrl() + "/account/linked-accounts";
        JsonHttp.Reply listed = fx.admin().call("GET", linkedAccounts, null, token);
        assertThat(listed.status())
                .as("the token itself is good for the account API (view-profile): " + listed.body())
                .isEqualTo(200);

        JsonHttp.Reply unlink = fx.admin().call("DELETE", linkedAccounts + "/" + DAccountSteps.ALIAS, null, token);

        assertThat(unlink.status()).as(unlink.body()).isEqualTo(403);
        assertThat(DAccountSteps.links(fx.admin(), userId).findValuesAsText("identityProvider"))
                .containsExactly(DAccountSteps.ALIAS);
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).hasSize(1);
        assertThat(fx.admin().eventsOf("REMOVE_FEDERATED_IDENTITY", userId)).isEmpty();
        assertThat(subjectsTo(victim)).doesNotContain(UNLINKED_SUBJECT);
    }

    private java.util.stream.Stream<String> subjectsTo(CodeSteps.Account account) {
        return fx.mail().to(account.username()).stream().map(MailCatcher.Mail::subject);
    }
}
