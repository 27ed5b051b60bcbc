package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A dアカウント links to an OCN ID its holder proves, and only then signs in by itself. */
@ExtendWith(MyPageServerExtension.class)
class DAccountFirstLoginIT {

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    DAccountFirstLoginIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void theLoginPageOffersDAccountAsATextButton() {
        var page = fx.browser().openLoginPage();
        var button = page.getElementById("social-daccount");
        assertThat(button).isNotNull();
        assertThat(button.text()).isEqualTo("dアカウントでログイン");
        assertThat(button.select("img, svg, i")).isEmpty();
    }

    @Test
    void whileTheProviderIsDisabledAsProductionHasItUntilConfiguredTheLoginPageShowsNoButton() {
        DAccountSteps.enable(fx.admin(), false);
        try {
            assertThat(fx.browser().openLoginPage().getElementById("social-daccount"))
                    .isNull();
        } finally {
            DAccountSteps.enable(fx.admin(), true);
        }
        assertThat(fx.browser().openLoginPage().getElementById("social-daccount"))
                .isNotNull();
    }

    @Test
    void aFirstSignInLinksAfterThePasswordContinuesSignedInAndTellsTheAccountMail() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient browser = fx.browser();

        LoginClient.Outcome intro = DAccountSteps.start(browser);
        assertThat(intro.page().text()).contains("まだOCN IDと連携されていません");
        LoginClient.Outcome done =
                DAccountSteps.linkWithPassword(browser, intro, account.username(), CodeSteps.PASSWORD);

        assertThat(done.signedIn()).as(done.body()).isTrue();
        JWTClaimsSet id =
                LoginClient.claims(browser.tokens(done.code()).get("id_token").asText());
        assertThat(id.getClaim("daccount_linked")).isEqualTo(true);
        assertThat(id.getStringListClaim("amr")).contains("pwd", "daccount");
        JsonNode linked = DAccountSteps.usersLinkedTo(fx.admin(), subject);
        assertThat(linked).hasSize(1);
        assertThat(linked.get(0).get("username").asText()).isEqualTo(account.username());
        // The request carried a nonce and asked for openid; the token call used HTTP Basic.
        Map<String, String> request =
                daccount.authorizations().get(daccount.authorizations().size() - 1);
        assertThat(request.get("nonce")).isNotBlank();
        assertThat(request.get("scope")).startsWith("openid");
        assertThat(daccount.tokenCalls().get(daccount.tokenCalls().size() - 1).authorization())
                .startsWith("Basic ");
        LockoutSteps.await("the link notice", 15_000, () -> fx.mail().to(account.username()).stream()
                .anyMatch(m -> m.subject().equals("【OCN マイページ】dアカウントと連携しました")
                        && m.body().contains("dアカウントでもOCN マイページにログインできます")));
    }

    @Test
    void aTwoStepAccountEntersItsCodeBeforeTheLinkIsMade() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        fx.admin().setUserAttributes(fx.admin().userId(account.username()), Map.of("mypage.twoStep", List.of("true")));
        String subject = daccount.subject();
        LoginClient browser = fx.browser();

        LoginClient.Outcome choice = DAccountSteps.linkWithPassword(
                browser, DAccountSteps.start(browser), account.username(), CodeSteps.PASSWORD);
        assertThat(choice.signedIn()).isFalse();
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject))
                .as("no link before the code")
                .isEmpty();

        LoginClient.Outcome done =
                CodeSteps.answerWithCode(browser, choice, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(done.signedIn()).as(done.body()).isTrue();
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).hasSize(1);
    }

    @Test
    void someoneWithoutAnOcnIdGetsNoAccountButThePageSayingWhereOcnIdsComeFrom() {
        int usersBefore = fx.admin().get("/users/count").asInt();
        String subject = daccount.subject();
        LoginClient browser = fx.browser();

        LoginClient.Outcome intro = DAccountSteps.start(browser);
        LoginClient.Outcome page = browser.click(intro.page(), "mypage-daccount-no-ocn-id", Map.of());

        assertThat(page.signedIn()).isFalse();
        assertThat(page.page().text()).contains("OCN IDは、OCNのサービスをご契約いただいた際に発行されます");
        assertThat(page.page().getElementById("mypage-daccount-back")).isNotNull();
        assertThat(fx.admin().get("/users/count").asInt()).isEqualTo(usersBefore);
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
        LoginClient.Outcome back =
                browser.open(page.page().getElementById("mypage-daccount-back").absUrl("href"));
        assertThat(back.page().selectFirst("form#kc-form-login"))
                .as(back.body())
                .isNotNull();
    }

    @Test
    void aLinkedDAccountLaterSignsInDirectlyAtLevelOneAndStepUpStillAsksForACode() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String subject = daccount.subject();
        LoginClient first = fx.browser();
        assertThat(DAccountSteps.linkWithPassword(
                                first, DAccountSteps.start(first), account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .isTrue();

        LoginClient later = fx.browser();
        LoginClient.Outcome direct = DAccountSteps.start(later);
        assertThat(direct.signedIn()).as(direct.body()).isTrue();
        JsonNode tokens = later.tokens(direct.code());
        JWTClaimsSet id = LoginClient.claims(tokens.get("id_token").asText());
        assertThat(id.getClaim("acr")).isEqualTo("1");
        assertThat(id.getStringListClaim("amr")).contains("daccount").doesNotContain("pwd");
        assertThat(id.getClaim("daccount_linked")).isEqualTo(true);
        assertThat(id.getClaim("ocn_id")).isEqualTo(account.username());
        assertThat(tokens.toString()).doesNotContain(subject);
        assertThat(LoginClient.claims(tokens.get("access_token").asText()).toString())
                .doesNotContain(subject);

        LoginClient.Outcome stepUp = later.authorize("&acr_values=2");
        assertThat(stepUp.signedIn()).isFalse();
        assertThat(stepUp.page().selectFirst("form#mypage-code-choose"))
                .as(stepUp.body())
                .isNotNull();
        assertThat(stepUp.page().selectFirst("form#kc-form-login")).isNull();
    }

    @Test
    void anAccountWithoutDAccountCarriesDAccountLinkedFalse() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        JsonNode tokens = fx.tokens(account);
        assertThat(LoginClient.claims(tokens.get("id_token").asText()).getClaim("daccount_linked"))
                .isEqualTo(false);
    }
}
