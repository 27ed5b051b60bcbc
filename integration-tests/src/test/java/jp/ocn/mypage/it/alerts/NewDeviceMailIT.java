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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A sign-in from a browser the account has not used before is told to the account's mail address, once. */
@ExtendWith(MyPageServerExtension.class)
class NewDeviceMailIT {

    private static final String SUBJECT = "新しい端末からログインがありました";
    private static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    NewDeviceMailIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    private List<MailCatcher.Mail> noticesTo(String address) {
        return fx.mail().to(address).stream()
                .filter(m -> m.subject().contains(SUBJECT))
                .toList();
    }

    @Test
    void aNewBrowserGetsOneMailAndTheSameBrowserNoneOnItsNextSignIn() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient browser = fx.browser().userAgent(CHROME_ON_WINDOWS);
        assertThat(browser.login(account.username(), CodeSteps.PASSWORD).signedIn())
                .isTrue();
        LockoutSteps.await(
                "the new-device mail",
                10_000,
                () -> noticesTo(account.username()).size() == 1);
        MailCatcher.Mail notice = noticesTo(account.username()).get(0);
        assertThat(notice.body()).contains("Chrome 120 / Windows 10").contains("身に覚えのないログインがある場合");

        LoginClient.Outcome again =
                browser.submit(browser.authorize("&prompt=login").page(), account.username(), CodeSteps.PASSWORD);
        assertThat(again.signedIn()).isTrue();
        Thread.sleep(1_000);
        assertThat(noticesTo(account.username()))
                .as("same browser: no second mail")
                .hasSize(1);

        assertThat(fx.login(account).signedIn()).isTrue();
        LockoutSteps.await(
                "a mail for the other browser",
                10_000,
                () -> noticesTo(account.username()).size() == 2);
    }

    @Test
    void twoAccountsSharingOneBrowserAreEachToldOnceNotAtEverySignIn() throws InterruptedException {
        CodeSteps.Account first = CodeSteps.newAccount(fx.admin());
        CodeSteps.Account second = CodeSteps.newAccount(fx.admin());
        LoginClient browser = fx.browser();
        for (int round = 0; round < 2; round++) {
            signInThenOut(browser, first);
            signInThenOut(browser, second);
        }
        LockoutSteps.await(
                "a mail to each account",
                10_000,
                () -> noticesTo(first.username()).size() == 1
                        && noticesTo(second.username()).size() == 1);
        Thread.sleep(1_000);
        assertThat(noticesTo(first.username()))
                .as("first account, shared browser")
                .hasSize(1);
        assertThat(noticesTo(second.username()))
                .as("second account, shared browser")
                .hasSize(1);
    }

    /** Signs in on this browser, then out (Keycloak's logout confirmation): only long-lived cookies stay. */
    private void signInThenOut(LoginClient browser, CodeSteps.Account account) {
        assertThat(browser.login(account.username(), CodeSteps.PASSWORD).signedIn())
                .isTrue();
        LoginClient.Outcome confirm = browser.open(fx.server().realmUrl() + "/protocol/openid-connect/logout");
        browser.click(confirm.page(), "kc-logout", Map.of());
    }

    @Test
    void theMailCanBeSwitchedOff() throws InterruptedException {
        realm.set("mypage.alerts.newDeviceMail", "false");
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());

        assertThat(fx.login(account).signedIn()).isTrue();

        Thread.sleep(1_000);
        assertThat(noticesTo(account.username())).isEmpty();
    }
}
