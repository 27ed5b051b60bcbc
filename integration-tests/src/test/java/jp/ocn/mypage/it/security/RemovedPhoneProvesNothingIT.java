package jp.ocn.mypage.it.security;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RecoverySteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A phone is lost or handed on, and the operator removes it from the directory while a code to it is still live:
 * whoever now holds that phone proves nothing with the code, at sign-in or in the recovery routes.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class RemovedPhoneProvesNothingIT {

    private final Fixtures fx;

    RemovedPhoneProvesNothingIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aStepUpCodeToAPhoneRemovedAfterTheSendDoesNotSignIn() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        Outcome choice =
                client.submit(client.authorize("&acr_values=2").page(), account.username(), CodeSteps.PASSWORD);
        Outcome entry = client.post(choice.page(), CHOOSE, Map.of("target", "0:SMS", "action", "send"));
        assertThat(entry.page().selectFirst(ENTER)).as(entry.body()).isNotNull();
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());

        keepOnlyLandline(account);
        Outcome refused = client.post(entry.page(), ENTER, Map.of("code", code, "action", "verify"));
        assertThat(refused.signedIn()).as("the removed phone's code").isFalse();
        assertThat(refused.page().selectFirst(CHOOSE)).isNotNull();
        assertThat(refused.page().text()).contains("現在ご登録の連絡先電話番号ではありません").doesNotContain(masked(account.mobile()));
        assertThat(refused.page().select("input[name=target]").eachAttr("value"))
                .containsExactly("0:VOICE");

        // The phone still registered works as before.
        Outcome done = CodeSteps.answerWithCode(client, refused, "0:VOICE", fx.twilio(), account.landlineE164());
        assertThat(done.signedIn()).as(done.body()).isTrue();
    }

    @Test
    void aRecoveryCodeToAPhoneRemovedAfterTheSendDoesNotShowTheId() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        Outcome number = RecoverySteps.forgotId(client);
        Outcome codePage = RecoverySteps.number(client, number, account.customerNumber(), "1990-02-03");
        assertThat(codePage.page().selectFirst(RecoverySteps.CODE))
                .as(codePage.body())
                .isNotNull();
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());

        keepOnlyLandline(account);
        Outcome refused = RecoverySteps.enter(client, codePage, code);
        assertThat(refused.page().selectFirst("#mypage-ocn-id"))
                .as("the OCN ID is not shown")
                .isNull();
        assertThat(refused.page().text()).doesNotContain(account.username());
    }

    /** The operator replaces the customer's phones by the landline alone (JSON merge patch on the directory). */
    private void keepOnlyLandline(CodeSteps.Account account) {
        JsonHttp.Reply patched = fx.admin()
                .directory(
                        "PATCH",
                        "/customers/" + account.customerNumber(),
                        JsonHttp.json(Map.of("contactPhones", List.of(account.landline()))));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
    }

    private static String masked(String national) {
        String[] g = national.split("-");
        return g[0] + "-" + "*".repeat(g[1].length()) + "-" + g[2];
    }
}
