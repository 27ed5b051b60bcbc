package jp.ocn.mypage.it.security;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RecoverySteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Someone who can make the account owner's phone receive a code for a harmless purpose (or who sees one code)
 * tries it where it would do harm: a code completes only the purpose and flow it was sent for.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class CodeForOnePurposeCompletesNoOtherIT {

    private final Fixtures fx;

    CodeForOnePurposeCompletesNoOtherIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aCodeAskedForInOneActionsTabCompletesNothingInAnotherActionsTab() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient browser = fx.signedIn(account);

        Outcome unlinkTab = send(browser, browser.authorize("&kc_action=mypage-unlink-customer"));
        String unlinkCode = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        Outcome phoneTab = send(browser, browser.authorize("&kc_action=mypage-contact-phone"));
        String phoneCode = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        for (int i = 0; i < 3 && phoneCode.equals(unlinkCode); i++) {
            phoneTab = browser.post(phoneTab.page(), ENTER, Map.of("action", "resend"));
            phoneCode = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        }
        assertThat(phoneCode).isNotEqualTo(unlinkCode);

        Outcome crossed = enter(browser, phoneTab, unlinkCode);
        assertThat(crossed.page().text())
                .as("the unlink code in the phone-change tab")
                .contains("正しくありません");
        assertThat(crossed.page().selectFirst("form#mypage-phone-change")).isNull();
        pastQuickLoginCheck();
        Outcome crossedBack = enter(browser, unlinkTab, phoneCode);
        assertThat(crossedBack.page().text())
                .as("the phone-change code in the unlink tab")
                .contains("正しくありません");
        assertThat(crossedBack.page().selectFirst("form#mypage-unlink")).isNull();

        assertThat(enter(browser, crossed, phoneCode).page().selectFirst("form#mypage-phone-change"))
                .as("each code still completes its own purpose")
                .isNotNull();
    }

    @Test
    void aRecoveryCodeDoesNotCompleteAStepUpInTheSameBrowser() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient browser = fx.browser();
        Outcome number = RecoverySteps.forgotId(browser);
        Outcome recovery = RecoverySteps.number(browser, number, account.customerNumber(), "1990-02-03");
        assertThat(recovery.page().selectFirst(RecoverySteps.CODE))
                .as(recovery.body())
                .isNotNull();
        String recoveryCode = CodeSteps.lastCode(fx.twilio(), account.mobileE164());

        Outcome stepUp =
                browser.submit(browser.authorize("&acr_values=2").page(), account.username(), CodeSteps.PASSWORD);
        Outcome entry = send(browser, stepUp);
        String stepUpCode = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        for (int i = 0; i < 3 && stepUpCode.equals(recoveryCode); i++) {
            entry = browser.post(entry.page(), ENTER, Map.of("action", "resend"));
            stepUpCode = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        }
        assertThat(stepUpCode).isNotEqualTo(recoveryCode);
        Outcome crossed = enter(browser, entry, recoveryCode);
        assertThat(crossed.signedIn()).as("the recovery code at the step-up").isFalse();
        assertThat(crossed.page().text()).contains("正しくありません");
        assertThat(enter(browser, crossed, stepUpCode).signedIn()).isTrue();
    }

    /** Two wrong codes within a second lock the account for a while (the realm's quick-login check). */
    private static void pastQuickLoginCheck() throws InterruptedException {
        Thread.sleep(1_100);
    }

    private static Outcome send(LoginClient client, Outcome choice) {
        assertThat(choice.page() == null ? null : choice.page().selectFirst(CHOOSE))
                .as(choice.body())
                .isNotNull();
        Outcome entry = client.post(choice.page(), CHOOSE, Map.of("target", "0:SMS", "action", "send"));
        assertThat(entry.page().selectFirst(ENTER)).as(entry.body()).isNotNull();
        return entry;
    }

    private static Outcome enter(LoginClient client, Outcome page, String code) {
        return client.post(page.page(), ENTER, Map.of("code", code, "action", "verify"));
    }
}
