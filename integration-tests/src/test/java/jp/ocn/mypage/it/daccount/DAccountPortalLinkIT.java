package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in customer links a dアカウント from the portal with Keycloak's kc_action=idp_link:daccount and unlinks it
 * with ours, kc_action=mypage-daccount-unlink, only after step-up; the account mail is told of both.
 */
@ExtendWith(MyPageServerExtension.class)
class DAccountPortalLinkIT {

    private static final String LINKED_SUBJECT = "【OCN マイページ】dアカウントと連携しました";
    private static final String UNLINKED_SUBJECT = "【OCN マイページ】dアカウントとの連携を解除しました";

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    DAccountPortalLinkIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void aSignedInCustomerLinksADAccountFromThePortalIsToldByMailAndThenSignsInWithIt() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient portal = fx.signedIn(account);

        LoginClient.Outcome linked = DAccountSteps.linkFromPortal(portal);

        assertThat(linked.signedIn()).as(linked.body()).isTrue();
        assertThat(linked.body()).contains("kc_action_status=success");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).hasSize(1);
        String userId = fx.admin().userId(account.username());
        LockoutSteps.await(
                "the link event",
                10_000,
                () -> fx.admin().eventsOf("FEDERATED_IDENTITY_LINK", userId).size() > 0);
        awaitMail(account.username(), LINKED_SUBJECT);
        assertThat(DAccountSteps.start(fx.browser()).signedIn()).isTrue();
    }

    @Test
    void unlinkingAsksForACodeFirstThenRemovesTheLinkLeavesAnEventAndTellsTheMail() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient portal = fx.signedIn(account);
        assertThat(DAccountSteps.linkFromPortal(portal).signedIn()).isTrue();
        String userId = fx.admin().userId(account.username());

        LoginClient.Outcome prove = portal.authorize("&kc_action=mypage-daccount-unlink");
        assertThat(prove.page().selectFirst(CodeSteps.CHOOSE))
                .as("step-up first: " + prove.body())
                .isNotNull();
        assertThat(prove.page().text()).contains("dアカウントとの連携を解除する前に");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject))
                .as("the password alone unlinks nothing")
                .hasSize(1);

        LoginClient.Outcome done = CodeSteps.answerWithCode(portal, prove, "0:SMS", fx.twilio(), account.mobileE164());

        assertThat(done.body())
                .as(done.page() == null ? "" : done.page().text())
                .contains("kc_action_status=success");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
        assertThat(LoginClient.claims(portal.tokens(done.code()).get("id_token").asText())
                        .getClaim("daccount_linked"))
                .isEqualTo(false);
        LockoutSteps.await(
                "the unlink event",
                10_000,
                () -> fx.admin().eventsOf("REMOVE_FEDERATED_IDENTITY", userId).size() > 0);
        assertThat(fx.admin()
                        .eventsOf("REMOVE_FEDERATED_IDENTITY", userId)
                        .get(0)
                        .path("details")
                        .path("identity_provider")
                        .asText())
                .isEqualTo("daccount");
        awaitMail(account.username(), UNLINKED_SUBJECT);
        // The dアカウント no longer signs in: it is back at the first-sign-in page.
        assertThat(DAccountSteps.start(fx.browser()).page().getElementById("mypage-daccount-link-continue"))
                .isNotNull();
    }

    @Test
    void aSignInAtLevelTwoUnlinksWithoutASecondCode() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient portal = fx.browser();
        LoginClient.Outcome stepUp = CodeSteps.answerWithCode(
                portal, CodeSteps.stepUpChoice(portal, account), "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(stepUp.signedIn()).as(stepUp.body()).isTrue();
        assertThat(DAccountSteps.linkFromPortal(portal).signedIn()).isTrue();
        long codesBefore = CodeSteps.countSentTo(fx.twilio(), account.mobileE164());

        LoginClient.Outcome done = portal.authorize("&acr_values=2&kc_action=mypage-daccount-unlink");

        assertThat(done.body())
                .as(done.page() == null ? "" : done.page().text())
                .contains("kc_action_status=success");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(codesBefore);
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
    }

    @Test
    void cancellingAtTheCodeScreenKeepsTheLink() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient portal = fx.signedIn(account);
        assertThat(DAccountSteps.linkFromPortal(portal).signedIn()).isTrue();

        LoginClient.Outcome prove = portal.authorize("&kc_action=mypage-daccount-unlink");
        LoginClient.Outcome cancelled = portal.post(prove.page(), CodeSteps.CHOOSE, Map.of("action", "cancel"));

        assertThat(cancelled.body()).contains("kc_action_status=cancelled");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).hasSize(1);
    }

    private void awaitMail(String to, String subject) throws InterruptedException {
        LockoutSteps.await("a mail " + subject + " to " + to, 15_000, () -> fx.mail().to(to).stream()
                .map(MailCatcher.Mail::subject)
                .anyMatch(subject::equals));
    }
}
