package jp.ocn.mypage.it.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.RecoverySteps;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cannot-log-in routes: forgotten ID and password reset by customer number, and reset by mail. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class RecoveryIT {

    private static final String UPDATE = "form#kc-passwd-update-form";
    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    RecoveryIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void aForgottenIdIsShownAfterACodeSentByTextToTheMobileOnly() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        Outcome page = RecoverySteps.forgotId(client);
        assertThat(page.page().text()).contains("OCN IDの確認").contains("お客さま番号").contains("生年月日");
        Outcome code =
                RecoverySteps.number(client, page, account.customerNumber().toLowerCase(), "1990/02/03");
        assertThat(code.page().selectFirst(RecoverySteps.CODE)).as(code.body()).isNotNull();
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.landlineE164()))
                .as("a mobile exists: no call to the landline")
                .isZero();
        Outcome shown = RecoverySteps.enterCodeSentTo(client, code, fx.twilio(), account.mobileE164());
        assertThat(shown.page().selectFirst("#mypage-ocn-id").text()).isEqualTo(account.username());
    }

    @Test
    void aNonMatchGetsTheSamePagesAndNoCodeIsSent() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient guessing = fx.browser();
        Outcome fake = RecoverySteps.forgotIdWith(guessing, account.customerNumber(), "19900204");
        LoginClient matching = fx.browser();
        Outcome real = RecoverySteps.forgotIdWith(matching, account.customerNumber(), "19900203");
        assertThat(RecoverySteps.withoutRequestValues(fake)).isEqualTo(RecoverySteps.withoutRequestValues(real));
        // Absence proven against a send that must arrive: the match's code, asked for after the non-match, comes,
        // and it is the only message to that phone (the non-match's own job is proven by
        // RecoveryMatchIsNotObservableIT).
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164()))
                .as("nothing sent for a wrong birth date")
                .isEqualTo(1);
        Outcome wrong = RecoverySteps.enter(guessing, fake, code);
        assertThat(wrong.error())
                .as("the match's code does not open the non-match")
                .contains("正しくありません")
                .contains("あと4回");
    }

    @Test
    void attemptsPerCustomerNumberAreLimited() {
        realm.set("mypage.recovery.attemptsPerNumberPerDay", "2");
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        for (int i = 0; i < 2; i++) {
            LoginClient client = fx.browser();
            RecoverySteps.forgotIdWith(client, account.customerNumber(), "2000-01-0" + (i + 1));
        }
        LoginClient client = fx.browser();
        Outcome limited = RecoverySteps.forgotIdWith(client, account.customerNumber(), "1990-02-03");
        assertThat(limited.error()).contains("上限に達しました");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isZero();
    }

    @Test
    void attemptsPerClientAddressAreLimited() {
        realm.set("mypage.recovery.attemptsPerIpPerHour", "1");
        // At a limit of 1 the first attempt may find this hour's slot taken by earlier tests; the second never gets
        // one.
        LoginClient first = fx.browser();
        RecoverySteps.forgotIdWith(first, "N999999996", "1990-01-01");
        LoginClient second = fx.browser();
        Outcome limited = RecoverySteps.forgotIdWith(second, "N999999995", "1990-01-01");
        assertThat(limited.error()).contains("上限に達しました");
    }

    @Test
    void aResetByCustomerNumberShowsTheIdAndSetsANewPassword() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        Outcome chooser = RecoverySteps.forgotPassword(client);
        assertThat(chooser.page().text()).contains("メールで再設定").contains("お客さま番号で再設定");
        Outcome number = client.post(chooser.page(), RecoverySteps.ROUTE, Map.of("route", "number"));
        Outcome code = RecoverySteps.number(client, number, account.customerNumber(), "1990-02-03");
        Outcome shown = RecoverySteps.enterCodeSentTo(client, code, fx.twilio(), account.mobileE164());
        assertThat(shown.page().selectFirst("#mypage-ocn-id").text()).isEqualTo(account.username());
        Outcome update = client.post(shown.page(), RecoverySteps.RESULT, Map.of("action", "next"));
        assertThat(update.page().selectFirst(UPDATE)).as(update.body()).isNotNull();
        Outcome done = client.post(
                update.page(),
                UPDATE,
                Map.of("password-new", "Recovered-Pass-2026#", "password-confirm", "Recovered-Pass-2026#"));
        assertThat(done.signedIn()).as(done.body()).isTrue();
        assertThat(fx.browser()
                        .login(account.username(), "Recovered-Pass-2026#")
                        .signedIn())
                .isTrue();
    }

    @Test
    void aResetByMailUsesASingleUseLinkAndTwoStepAccountsStillEnterACode() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        fx.admin().setUserAttributes(fx.admin().userId(account.username()), Map.of("mypage.twoStep", List.of("true")));
        LoginClient client = fx.browser();
        String link = ResetMails.request(client, fx.mail(), account.username());
        Outcome afterLink = client.open(link);
        assertThat(afterLink.page().selectFirst(CodeSteps.CHOOSE))
                .as("two-step: a code first " + afterLink.body())
                .isNotNull();
        Outcome update = CodeSteps.answerWithCode(client, afterLink, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(update.page().selectFirst(UPDATE)).as(update.body()).isNotNull();
        assertThat(client.post(
                                update.page(),
                                UPDATE,
                                Map.of("password-new", "Mailed-Pass-2026#", "password-confirm", "Mailed-Pass-2026#"))
                        .signedIn())
                .isTrue();
        Outcome again = fx.browser().open(link);
        assertThat(again.signedIn()).isFalse();
        assertThat(again.page().selectFirst(UPDATE)).as("the link works once").isNull();
    }

    @Test
    void aResetLinkLivesNineHundredSecondsAndIsRefusedOnceItsLifetimeIsOver() throws Exception {
        assertThat(fx.admin().get("").get("actionTokenGeneratedByUserLifespan").asInt())
                .as("realm setting")
                .isEqualTo(900);
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        assertThat(fx.admin()
                        .put("", Map.of("actionTokenGeneratedByUserLifespan", 2))
                        .status())
                .isEqualTo(204);
        String link;
        try {
            link = ResetMails.request(fx.browser(), fx.mail(), account.username());
        } finally {
            assertThat(fx.admin()
                            .put("", Map.of("actionTokenGeneratedByUserLifespan", 900))
                            .status())
                    .isEqualTo(204);
        }
        Thread.sleep(3_500); // let the shortened lifetime pass (the link's own expiry, not a wait for "nothing")
        Outcome late = fx.browser().open(link);
        assertThat(late.page().selectFirst(UPDATE)).as(late.body()).isNull();
        assertThat(late.signedIn()).isFalse();
        String fresh = ResetMails.request(fx.browser(), fx.mail(), account.username());
        assertThat(fx.browser().open(fresh).page().selectFirst(UPDATE))
                .as("a link within its lifetime works")
                .isNotNull();
    }

    @Test
    void aResetLiftsATemporaryLockout() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LockoutSteps.lockByQuickFailures(fx.server(), account.username());
        assertThat(fx.login(account).error()).contains("ロックされています");

        LoginClient client = fx.browser();
        Outcome update = client.open(ResetMails.request(client, fx.mail(), account.username()));
        assertThat(client.post(
                                update.page(),
                                UPDATE,
                                Map.of(
                                        "password-new",
                                        "Unlocked-Pass-2026#",
                                        "password-confirm",
                                        "Unlocked-Pass-2026#"))
                        .signedIn())
                .isTrue();
        assertThat(fx.browser().login(account.username(), "Unlocked-Pass-2026#").signedIn())
                .as("lock lifted")
                .isTrue();
    }
}
