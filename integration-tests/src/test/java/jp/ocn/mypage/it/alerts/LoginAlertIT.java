package jp.ocn.mypage.it.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ログインアラート: a mail at every sign-in, to an address the user chose and confirmed by its link. */
@ExtendWith(MyPageServerExtension.class)
class LoginAlertIT {

    private static final String FORM = "form#mypage-login-alert";
    private static final String CONFIRM_SUBJECT = "ログインアラートの送信先の確認";
    private static final String ALERT_SUBJECT = "ログインアラート: OCN ID でログインがありました";

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    LoginAlertIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void alertsGoToTheConfirmedAddressOnlyAndNotBeforeItsLinkIsOpened() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String address = "alert-" + System.nanoTime() + "@example.jp";
        LoginClient portal = fx.signedIn(account);

        LoginClient.Outcome sent = choose(portal, address);
        assertThat(sent.page().text())
                .as(sent.body())
                .contains("確認のメールをお送りしました")
                .contains(address);
        LoginClient.Outcome back = portal.post(sent.page(), "form#mypage-login-alert-next", Map.of("action", "close"));
        assertThat(back.body()).contains("kc_action_status=success");
        assertThat(subjects(address))
                .as("only the confirmation")
                .singleElement()
                .asString()
                .contains(CONFIRM_SUBJECT);

        assertThat(fx.login(account).signedIn()).isTrue();
        Thread.sleep(1_000);
        assertThat(alertsTo(address)).as("not confirmed yet: no alert").isEmpty();

        String link = ResetMails.actionLink(fx.mail().to(address).get(0).body());
        LoginClient.Outcome confirmed = fx.browser().open(link);
        assertThat(confirmed.page().text())
                .as("opened in another browser: " + confirmed.body())
                .contains("ログインアラートの送信先に登録しました");

        LoginClient elsewhere = fx.browser()
                .userAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
                        + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36");
        assertThat(elsewhere
                        .laterForLinkOffer(elsewhere.login(account.username(), CodeSteps.PASSWORD))
                        .signedIn())
                .isTrue();
        LockoutSteps.await("the login alert", 10_000, () -> alertsTo(address).size() == 1);
        assertThat(alertsTo(address).get(0).body())
                .contains("Chrome 120")
                .contains(LoginClient.CLIENT_ID)
                .contains("身に覚えのないログインがある場合");
        assertThat(fx.mail().to(account.username()))
                .as("the account mail gets no login alert")
                .noneSatisfy(m -> assertThat(m.subject()).contains(ALERT_SUBJECT));

        assertThat(fx.browser().open(link).page().text())
                .as("the link works once")
                .doesNotContain("送信先に登録しました");
    }

    @Test
    void aLinkDiesWhenAnotherAddressIsChosenOrItsLifetimeEnds() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String first = "first-" + System.nanoTime() + "@example.jp";
        String second = "second-" + System.nanoTime() + "@example.jp";
        LoginClient portal = fx.signedIn(account);
        choose(portal, first);
        choose(fx.signedIn(account), second);

        assertThat(fx.browser()
                        .open(ResetMails.actionLink(fx.mail().to(first).get(0).body()))
                        .page()
                        .text())
                .as("the older address's link")
                .contains("使えません");

        realm.set("actionTokenGeneratedByUserLifespan.mypage-login-alert", "1");
        String third = "third-" + System.nanoTime() + "@example.jp";
        choose(fx.signedIn(account), third);
        Thread.sleep(3_000);
        assertThat(fx.browser()
                        .open(ResetMails.actionLink(fx.mail().to(third).get(0).body()))
                        .page()
                        .text())
                .as("an expired link")
                .doesNotContain("送信先に登録しました");

        assertThat(fx.login(account).signedIn()).isTrue();
        Thread.sleep(1_000);
        assertThat(alertsTo(first)).isEmpty();
        assertThat(alertsTo(second)).isEmpty();
        assertThat(alertsTo(third)).isEmpty();
    }

    @Test
    void aBadAddressIsRefusedOnThePage() {
        LoginClient portal = fx.signedIn(CodeSteps.newAccount(fx.admin()));
        LoginClient.Outcome page = portal.authorize("&kc_action=mypage-login-alert");

        LoginClient.Outcome invalid =
                portal.post(page.page(), FORM, Map.of("alertEmail", "not-an-address", "action", "send"));

        assertThat(invalid.page().text()).contains("メールアドレスを正しく入力してください");
        assertThat(fx.mail().to("not-an-address")).isEmpty();
    }

    private LoginClient.Outcome choose(LoginClient portal, String address) {
        LoginClient.Outcome page = portal.authorize("&kc_action=mypage-login-alert");
        assertThat(page.page().selectFirst(FORM)).as(page.body()).isNotNull();
        return portal.post(page.page(), FORM, Map.of("alertEmail", address, "action", "send"));
    }

    private List<String> subjects(String address) {
        return fx.mail().to(address).stream().map(m -> m.subject()).toList();
    }

    private List<MailCatcher.Mail> alertsTo(String address) {
        return fx.mail().to(address).stream()
                .filter(m -> m.subject().contains(ALERT_SUBJECT))
                .toList();
    }
}
