package jp.ocn.mypage.it.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login page as a browser without JavaScript sees it: Japanese words, the three help routes, a working form. */
@ExtendWith(MyPageServerExtension.class)
class LoginPageBrowserIT {

    private final Fixtures fx;

    LoginPageBrowserIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theLoginPageSpeaksJapaneseAndSaysBothKindsOfIdAreAccepted() {
        Document page = new LoginClient(fx.server(), "ja").openLoginPage();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ja");
        assertThat(page.title()).contains("OCN マイページ");
        assertThat(page.text())
                .contains("OCN ID またはお客さま番号")
                .contains("N123456789")
                .contains("パスワード");
        assertThat(page.getElementById("username").attr("name")).isEqualTo("username");
        assertThat(page.getElementById("password").attr("type")).isEqualTo("password");
        assertThat(page.getElementById("password-show-password"))
                .as("show-password toggle")
                .isNotNull();
        assertThat(page.select("meta[name=viewport][content*=width=device-width]"))
                .as("laid out for phone screens")
                .isNotEmpty();
    }

    @Test
    void theThreeCannotLogInRoutesLeadToPagesThatExist() {
        Map<String, String> routes =
                Map.of("IDをお忘れの方", "OCN IDの確認", "パスワードをお忘れの方", "お客さま番号で再設定", "システムエラーでログインできない方", "システムエラー");
        for (Map.Entry<String, String> route : routes.entrySet()) {
            // One browser per route: the first two are the same recovery flow, which a browser resumes where it left
            // it.
            LoginClient browser = new LoginClient(fx.server(), "ja");
            Element link = browser.openLoginPage().select("a").stream()
                    .filter(a -> a.text().trim().equals(route.getKey()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no link " + route.getKey()));
            Outcome target = browser.open(link.absUrl("href"));
            assertThat(target.status()).as(route.getKey()).isEqualTo(200);
            assertThat(target.body()).as(route.getKey()).contains(route.getValue());
        }
    }

    @Test
    void aCustomerSignsInWithTheFormWithoutJavaScript() {
        LoginClient browser = new LoginClient(fx.server(), "ja");
        Outcome after = browser.click(
                browser.openLoginPage(),
                "kc-login",
                Map.of("username", "ｎ１２３−４５６−７８９", "password", LoginClient.DEMO_PASSWORD));
        assertThat(after.signedIn()).as(after.body()).isTrue();
    }

    @Test
    void englishSpeakersGetTheEnglishPage() {
        Document page = new LoginClient(fx.server(), "en").openLoginPage();
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(page.text()).contains("OCN ID or customer number");
    }
}
