package jp.ocn.mypage.it.linking;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The linking screens in a browser (HtmlUnit, JavaScript off), in Japanese, from the offer to the signed-in redirect. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class LinkingBrowserIT {

    private final KeycloakServer server;
    private final AdminApi admin;
    private final TwilioStub twilio;

    LinkingBrowserIT(KeycloakServer server, AdminApi admin, TwilioStub twilio) {
        this.server = server;
        this.admin = admin;
        this.twilio = twilio;
    }

    @Test
    void aCustomerWalksFromTheOfferThroughAMistakeAndTheCodeToMyPage() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(admin, false);
        BrowserVersion version = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.FIREFOX)
                .setBrowserLanguage("ja").setAcceptLanguageHeader("ja").build();
        try (WebClient browser = new WebClient(version)) {
            browser.getOptions().setJavaScriptEnabled(false);
            browser.getOptions().setCssEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage login = browser.getPage(server.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                    + "&client_id=" + LoginClient.CLIENT_ID + "&redirect_uri=" + JsonHttp.enc(LoginClient.REDIRECT_URI) + "&ui_locales=ja");
            HtmlForm form = login.getHtmlElementById("kc-form-login");
            form.getInputByName("username").type(account.username());
            form.getInputByName("password").type(CodeSteps.PASSWORD);
            HtmlPage offer = login.getHtmlElementById("kc-login").click();
            assertThat(offer.asNormalizedText()).contains("お客さま番号の登録").contains("後で登録する");

            HtmlPage proof = offer.getHtmlElementById("mypage-link-start").click();
            assertThat(proof.asNormalizedText()).contains("お客さま番号").contains("生年月日").contains("郵便番号").contains("フリガナ");
            fill(proof, account.customerNumber(), "1990-02-04", "100-0001");
            HtmlPage again = proof.getHtmlElementById("mypage-link-next").click();
            assertThat(again.asNormalizedText()).contains("入力された内容でご契約を確認できませんでした");
            assertThat(again.getHtmlElementById("customerNumber").getAttribute("value")).as("kept as typed").isEqualTo(account.customerNumber());

            fill(again, null, "1990/02/03", "１００−０００１");
            HtmlPage choice = again.getHtmlElementById("mypage-link-next").click();
            assertThat(choice.asNormalizedText()).contains("ご本人確認").contains("SMS").contains("電話音声通知").contains("送信");
            HtmlPage entry = choice.getHtmlElementById("mypage-code-send").click();
            assertThat(entry.asNormalizedText()).contains("認証番号");
            entry.getHtmlElementById("code").type(CodeSteps.lastCode(twilio, account.mobileE164()));
            browser.getOptions().setRedirectEnabled(false);
            Page done = entry.getHtmlElementById("mypage-code-verify").click();
            assertThat(done.getWebResponse().getResponseHeaderValue("Location")).startsWith(LoginClient.REDIRECT_URI).contains("code=");
        }
        assertThat(admin.directory("GET", "/customers/" + account.customerNumber(), null).json().get("ocnId").asText())
                .isEqualTo(account.username());
    }

    private static void fill(HtmlPage page, String number, String birthDate, String postalCode) throws Exception {
        if (number != null) {
            page.getHtmlElementById("customerNumber").type(number);
        }
        page.getHtmlElementById("birthDate").setAttribute("value", "");
        page.getHtmlElementById("birthDate").type(birthDate);
        page.getHtmlElementById("postalCode").setAttribute("value", "");
        page.getHtmlElementById("postalCode").type(postalCode);
    }
}
