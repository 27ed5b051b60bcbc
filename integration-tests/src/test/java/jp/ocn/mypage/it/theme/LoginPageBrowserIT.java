package jp.ocn.mypage.it.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.htmlunit.BrowserVersion;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login page in a browser (HtmlUnit, JavaScript off): Japanese words, the three help routes, a working form. */
@ExtendWith(MyPageServerExtension.class)
class LoginPageBrowserIT {

    private final KeycloakServer server;

    LoginPageBrowserIT(KeycloakServer server) {
        this.server = server;
    }

    private WebClient browser(String language) {
        BrowserVersion version = new BrowserVersion.BrowserVersionBuilder(BrowserVersion.FIREFOX)
                .setBrowserLanguage(language).setAcceptLanguageHeader(language).build();
        WebClient client = new WebClient(version);
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        return client;
    }

    private String authUrl(String locale) {
        return server.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id="
                + LoginClient.CLIENT_ID + "&redirect_uri=" + JsonHttp.enc(LoginClient.REDIRECT_URI) + "&ui_locales=" + locale;
    }

    @Test
    void theLoginPageSpeaksJapaneseAndSaysBothKindsOfIdAreAccepted() throws Exception {
        try (WebClient browser = browser("ja")) {
            HtmlPage page = browser.getPage(authUrl("ja"));
            assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("ja");
            assertThat(page.getTitleText()).contains("OCN マイページ");
            String text = page.asNormalizedText();
            assertThat(text).contains("OCN ID またはお客さま番号").contains("N123456789").contains("パスワード");
            assertThat(page.getElementById("username").getAttribute("name")).isEqualTo("username");
            assertThat(page.getElementById("password").getAttribute("type")).isEqualTo("password");
            assertThat(page.getElementById("password-show-password")).as("show-password toggle").isNotNull();
            assertThat(page.getByXPath("//meta[@name='viewport' and contains(@content,'width=device-width')]"))
                    .as("laid out for phone screens").isNotEmpty();
        }
    }

    @Test
    void theThreeCannotLogInRoutesLeadToPagesThatExist() throws Exception {
        Map<String, String> routes = Map.of("IDをお忘れの方", "OCN IDの確認", "パスワードをお忘れの方", "お客さま番号で再設定",
                "システムエラーでログインできない方", "システムエラー");
        for (Map.Entry<String, String> route : routes.entrySet()) {
            // One browser per route: the first two are the same recovery flow, which a browser resumes where it left it.
            try (WebClient browser = browser("ja")) {
                HtmlPage page = browser.getPage(authUrl("ja"));
                HtmlAnchor link = page.getAnchorByText(route.getKey());
                Page target = browser.getPage(new URL(page.getUrl(), link.getHrefAttribute()));
                assertThat(target.getWebResponse().getStatusCode()).as(route.getKey()).isEqualTo(200);
                assertThat(target.getWebResponse().getContentAsString()).as(route.getKey()).contains(route.getValue());
            }
        }
    }

    @Test
    void aCustomerSignsInWithTheFormWithoutJavaScript() throws Exception {
        try (WebClient browser = browser("ja")) {
            HtmlPage page = browser.getPage(authUrl("ja"));
            HtmlForm form = page.getHtmlElementById("kc-form-login");
            form.getInputByName("username").type("ｎ１２３−４５６−７８９");
            form.getInputByName("password").type(LoginClient.DEMO_PASSWORD);
            browser.getOptions().setRedirectEnabled(false);
            Page after = page.getHtmlElementById("kc-login").click();
            String location = after.getWebResponse().getResponseHeaderValue("Location");
            assertThat(location).startsWith(LoginClient.REDIRECT_URI).contains("code=");
        }
    }

    @Test
    void englishSpeakersGetTheEnglishPage() throws Exception {
        try (WebClient browser = browser("en")) {
            HtmlPage page = browser.getPage(authUrl("en"));
            assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("en");
            assertThat(page.asNormalizedText()).contains("OCN ID or customer number");
        }
    }
}
