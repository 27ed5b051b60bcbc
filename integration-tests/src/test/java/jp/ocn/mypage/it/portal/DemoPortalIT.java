package jp.ocn.mypage.it.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo portal end to end, as a browser drives it against the real server: sign-in through {@code mypage-portal},
 * the menus of each demo user's contract status, 通話明細's fresh code every time, the linking offer, and logout both
 * ways (ログアウト ends both sessions; a sign-out elsewhere reaches the portal by back-channel logout).
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class DemoPortalIT {

    private static PortalUnderTest portal;
    private final Fixtures fixtures;

    DemoPortalIT(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    @BeforeAll
    static void startPortal(Fixtures fixtures) {
        portal = PortalUnderTest.start(fixtures.server(), fixtures.admin());
    }

    @AfterAll
    static void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void taroSignsInAndSeesHisContractAndEveryMenuAsALink() {
        LoginClient browser = new LoginClient(fixtures.server());
        Document top = portal.signIn(browser, "taro.yamada@ocn.ne.jp").page();
        assertThat(top.selectFirst("#who").text()).contains("taro.yamada@ocn.ne.jp");
        assertThat(top.select("#contracts td").eachText()).containsExactly("N123456789", "OCN 光", "開通後");
        assertThat(menus(top))
                .containsExactly(
                        "契約情報 link 閲覧・変更可",
                        "料金・明細 link 閲覧可",
                        "支払い方法 link 変更可",
                        "オプション link 申込・停止可",
                        "解約関連 link 申請可",
                        "通話明細 link 表示のたびに認証番号を確認します");
        assertThat(top.selectFirst("#link-offer")).isNull();
        LoginClient.Outcome payment = browser.open(portal.url() + "/menu/PAYMENT_METHOD");
        assertThat(payment.status()).isEqualTo(200);
        assertThat(payment.page().selectFirst("h1").text()).isEqualTo("支払い方法");
    }

    @Test
    void saburoCancelledReadsButPaymentAndOptionsArePlainTextWithTheReason() {
        LoginClient browser = new LoginClient(fixtures.server());
        Document top = portal.signIn(browser, "saburo.kato@ocn.ne.jp").page();
        assertThat(top.select("#contracts td").eachText()).contains("N456789012", "解約後");
        assertThat(menus(top))
                .containsExactly(
                        "契約情報 link 期間限定で閲覧可",
                        "料金・明細 link 期間限定で閲覧可",
                        "支払い方法 text 解約後のため操作不可",
                        "オプション text 解約後のため操作不可",
                        "解約関連 link 手続き完了のみ",
                        "通話明細 link 表示のたびに認証番号を確認します");
        LoginClient.Outcome refused = browser.open(portal.url() + "/menu/OPTIONS");
        assertThat(refused.status()).as("typing the URL opens nothing").isEqualTo(403);
        assertThat(refused.page().selectFirst("#error").text()).isEqualTo("解約後のため操作不可");
    }

    @Test
    void jiroUnregisteredIsOfferedLinkingAndSeesOnlyRestrictedContractInformation() {
        LoginClient browser = new LoginClient(fixtures.server());
        Document top = portal.signIn(browser, "jiro.sato@ocn.ne.jp").page();
        assertThat(top.selectFirst("#no-contract")).isNotNull();
        assertThat(menus(top))
                .containsExactly(
                        "契約情報 link 表示制限あり",
                        "料金・明細 text お客さま番号が未登録のため表示不可",
                        "支払い方法 text お客さま番号が未登録のため操作不可",
                        "オプション text お客さま番号が未登録のため操作不可",
                        "解約関連 text お客さま番号が未登録のため申請不可",
                        "通話明細 text お客さま番号が未登録のため表示不可");
        Element offer = top.selectFirst("#link-offer a#link-customer");
        assertThat(offer.text()).isEqualTo("お客さま番号を登録する");
        LoginClient.Outcome linking = browser.open(offer.absUrl("href"));
        assertThat(linking.page().selectFirst("form#mypage-link-offer, form#mypage-link-proof"))
                .as("the login server's linking step: " + linking.page().title())
                .isNotNull();
    }

    @Test
    void hanakoActiveWithAnotherMailAsOcnIdSeesHerMobileContract() {
        Document top = portal.signIn(new LoginClient(fixtures.server()), "hanako.suzuki@example.jp")
                .page();
        assertThat(top.select("#contracts td").eachText()).containsExactly("N234567890", "OCN モバイル ONE", "開通後");
        assertThat(menus(top)).allMatch(m -> m.contains(" link "));
    }

    @Test
    void shiroWithdrawnGetsNoPortalSession() {
        LoginClient browser = new LoginClient(fixtures.server());
        LoginClient.Outcome login = browser.open(portal.url() + "/login");
        LoginClient.Outcome refused = browser.submit(login.page(), "shiro.ito@ocn.ne.jp", LoginClient.DEMO_PASSWORD);
        assertThat(refused.page().location())
                .as("the login server keeps the withdrawn customer: " + refused.error())
                .startsWith(fixtures.server().realmUrl());
        assertThat(portal.top(browser).selectFirst("#who")).isNull();
    }

    @Test
    void callDetailsAskAFreshCodeEveryTime() {
        CodeSteps.Account account = CodeSteps.newAccount(fixtures.admin());
        LoginClient browser = new LoginClient(fixtures.server());
        LoginClient.Outcome login = browser.open(portal.url() + "/login");
        Document top = browser.submit(login.page(), account.username(), CodeSteps.PASSWORD)
                .page();
        assertThat(top.selectFirst("#who").text()).contains(account.username());
        TwilioStub twilio = fixtures.twilio();
        for (int visit = 1; visit <= 2; visit++) {
            pastMaxAgeZero();
            LoginClient.Outcome asked = browser.open(portal.url() + "/call-details");
            assertThat(asked.page().selectFirst("form#mypage-code-choose"))
                    .as("visit " + visit + " asks for a code, not the password")
                    .isNotNull();
            assertThat(asked.page().selectFirst("input[name=password]")).isNull();
            LoginClient.Outcome shown = CodeSteps.answerWithCode(browser, asked, "0:SMS", twilio, account.mobileE164());
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.page().selectFirst("h1").text()).isEqualTo("通話明細");
            assertThat(shown.page().selectFirst("#call-details-who").text()).contains(account.username());
        }
        assertThat(browser.open(portal.url() + "/").page().selectFirst("#who"))
                .as("still signed in to the portal")
                .isNotNull();
    }

    @Test
    void logoutEndsThePortalSessionAndTheLoginServersButNotAnotherBrowsers() {
        LoginClient browser = new LoginClient(fixtures.server());
        LoginClient other = new LoginClient(fixtures.server());
        Document top = portal.signIn(browser, "taro.yamada@ocn.ne.jp").page();
        portal.signIn(other, "taro.yamada@ocn.ne.jp");

        LoginClient.Outcome out = browser.click(top, "logout", Map.of());
        assertThat(out.page().selectFirst("#notice").text()).isEqualTo("ログアウトしました。");
        assertThat(portal.top(browser).selectFirst("#who"))
                .as("portal session ended")
                .isNull();
        assertThat(browser.open(portal.url() + "/login").page().selectFirst("form#kc-form-login"))
                .as("login server session ended: the password is asked again")
                .isNotNull();
        assertThat(portal.top(other).selectFirst("#who"))
                .as("the other browser's sign-in is another session")
                .isNotNull();
    }

    @Test
    void aSignOutElsewhereEndsThePortalSessionByBackChannel() throws Exception {
        LoginClient browser = new LoginClient(fixtures.server());
        portal.signIn(browser, "hanako.suzuki@example.jp");
        assertThat(portal.top(browser).selectFirst("#who")).isNotNull();

        AdminApi admin = fixtures.admin();
        JsonHttp.Reply r = admin.call(
                "POST",
                fixtures.server().baseUrl() + "/admin/realms/mypage/users/" + admin.userId("hanako.suzuki@example.jp")
                        + "/logout",
                null,
                admin.token());
        assertThat(r.status()).isEqualTo(204);
        long deadline = System.currentTimeMillis() + 10_000;
        while (portal.top(browser).selectFirst("#who") != null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertThat(portal.top(browser).selectFirst("#who"))
                .as("the portal ended its session on the logout token")
                .isNull();
    }

    @Test
    void theTopPageOffersDAccountLinkingThroughTheLoginServersIdpLinkAction() {
        DAccountSteps.standIn(fixtures.admin());
        LoginClient browser = new LoginClient(fixtures.server());
        Document top = portal.signIn(browser, "taro.yamada@ocn.ne.jp").page();
        Element link = top.selectFirst("#daccount a#daccount-link");
        assertThat(link).as(top.text()).isNotNull();
        assertThat(link.text()).isEqualTo("dアカウントと連携する");
        LoginClient.Outcome confirm = browser.open(link.absUrl("href"));
        // Keycloak's own idp_link step asks first (続ける / キャンセル); DAccountPortalLinkIT goes on from there.
        assertThat(confirm.page().selectFirst("form [type=submit]:not([name*=cancel])"))
                .as(confirm.body())
                .isNotNull();
        assertThat(confirm.page().text()).contains("dアカウント");
    }

    private static List<String> menus(Document top) {
        return PortalUnderTest.menus(top);
    }

    /** Keycloak counts level ages in whole seconds: max age 0 means "not even from the previous second". */
    private static void pastMaxAgeZero() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
