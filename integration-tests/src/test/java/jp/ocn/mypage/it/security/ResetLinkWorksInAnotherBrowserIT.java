package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RecoverySteps;
import jp.ocn.mypage.it.harness.ResetMails;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People ask for a reset on the PC and open the mail on their phone: the link must work in a browser with none of
 * the asking browser's cookies, and lead to the same place (the new password, after a code for two-step accounts).
 * And a browser that went down one cannot-log-in route is not stuck on it: each link starts its own route.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class ResetLinkWorksInAnotherBrowserIT {

    private static final String UPDATE = "form#kc-passwd-update-form";
    private final Fixtures fx;

    ResetLinkWorksInAnotherBrowserIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aResetLinkOpenedInAnotherBrowserLeadsStraightToTheNewPassword() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String link = ResetMails.request(fx.browser(), fx.mail(), account.username());

        LoginClient phone = fx.browser();
        Outcome opened = phone.open(link);
        assertThat(opened.page().selectFirst(RecoverySteps.ROUTE))
                .as("no route chooser again")
                .isNull();
        assertThat(opened.page().selectFirst(UPDATE)).as(opened.body()).isNotNull();
        phone.post(
                opened.page(),
                UPDATE,
                Map.of("password-new", "Phone-Reset-2026#", "password-confirm", "Phone-Reset-2026#"));
        assertThat(fx.browser().login(account.username(), "Phone-Reset-2026#").signedIn())
                .isTrue();
    }

    @Test
    void aTwoStepAccountsResetLinkInAnotherBrowserAsksForTheCodeThenTheNewPassword() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        fx.admin().setUserAttributes(fx.admin().userId(account.username()), Map.of("mypage.twoStep", List.of("true")));
        String link = ResetMails.request(fx.browser(), fx.mail(), account.username());

        LoginClient phone = fx.browser();
        Outcome opened = phone.open(link);
        assertThat(opened.page().selectFirst(CodeSteps.CHOOSE))
                .as("a code first " + opened.body())
                .isNotNull();
        Outcome update = CodeSteps.answerWithCode(phone, opened, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(update.page().selectFirst(UPDATE)).as(update.body()).isNotNull();
    }

    @Test
    void theForgotPasswordLinkAfterTheForgotIdLinkOffersTheResetRoutes() {
        LoginClient browser = fx.browser();
        Document login = browser.openLoginPage();
        Outcome forgotId = browser.open(login.selectFirst("a#mypage-forgot-id").absUrl("href"));
        assertThat(forgotId.page().selectFirst(RecoverySteps.NUMBER)).isNotNull();

        Outcome forgotPassword =
                browser.open(login.selectFirst("a#mypage-forgot-password").absUrl("href"));
        assertThat(forgotPassword.page().selectFirst(RecoverySteps.ROUTE))
                .as(forgotPassword.body())
                .isNotNull();
        assertThat(forgotPassword.page().text()).contains("メールで再設定").contains("お客さま番号で再設定");
    }

    @Test
    void theForgotIdLinkAfterChoosingAResetRouteStartsTheForgottenIdRoute() {
        LoginClient browser = fx.browser();
        Document login = browser.openLoginPage();
        Outcome chooser =
                browser.open(login.selectFirst("a#mypage-forgot-password").absUrl("href"));
        Outcome byMail = browser.post(chooser.page(), RecoverySteps.ROUTE, Map.of("route", "mail"));
        assertThat(byMail.page().selectFirst(RecoverySteps.NUMBER)).isNull();

        Outcome forgotId = browser.open(login.selectFirst("a#mypage-forgot-id").absUrl("href"));
        assertThat(forgotId.page().selectFirst(RecoverySteps.NUMBER))
                .as(forgotId.body())
                .isNotNull();
        assertThat(forgotId.page().text()).contains("OCN IDの確認");
    }
}
