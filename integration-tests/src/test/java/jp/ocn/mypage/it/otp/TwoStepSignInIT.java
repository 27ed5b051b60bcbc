package jp.ocn.mypage.it.otp;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two-step sign-in turned on and off by the account holder (kc_action), each proven with a code. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class TwoStepSignInIT {

    private final Fixtures fx;

    TwoStepSignInIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void turningTwoStepOnNeedsACodeAndThenEverySignInAsksForOneUntilItIsTurnedOff() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.browser();
        assertThat(portal.login(account.username(), CodeSteps.PASSWORD).signedIn())
                .as("password alone while off")
                .isTrue();

        Outcome on = portal.authorize("&kc_action=mypage-two-step-on");
        assertThat(on.page().selectFirst(CHOOSE)).as(on.body()).isNotNull();
        assertThat(on.page().text()).contains("2段階認証を有効にします");
        Outcome done = codeBy(portal, on, account);
        assertThat(done.signedIn()).isTrue();
        assertThat(done.body()).contains("kc_action_status=success");
        assertThat(twoStepAttribute(account)).isEqualTo("true");

        LoginClient nextTime = fx.browser();
        Outcome asked = nextTime.login(account.username(), CodeSteps.PASSWORD);
        assertThat(asked.signedIn()).isFalse();
        assertThat(asked.page().selectFirst(CHOOSE))
                .as("two-step sign-in asks for a code")
                .isNotNull();
        Outcome in = codeBy(nextTime, asked, account);
        assertThat(in.signedIn()).isTrue();
        JsonNode tokens = nextTime.tokens(in.code());
        assertThat(LoginClient.claims(tokens.get("id_token").asText()).getStringListClaim("amr"))
                .contains("pwd", "otp", "sms");

        Outcome off = nextTime.authorize("&kc_action=mypage-two-step-off");
        assertThat(off.page().text()).contains("2段階認証を無効にします");
        assertThat(codeBy(nextTime, off, account).body()).contains("kc_action_status=success");
        assertThat(twoStepAttribute(account)).isEqualTo("false");
        assertThat(fx.login(account).signedIn()).as("password alone again").isTrue();
    }

    @Test
    void cancellingTheCodeLeavesTwoStepAsItWas() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.signedIn(account);
        Outcome on = portal.authorize("&kc_action=mypage-two-step-on");
        Outcome cancelled = portal.post(on.page(), CHOOSE, Map.of("action", "cancel"));
        assertThat(cancelled.page()).as("back at the application").isNull();
        assertThat(cancelled.body()).contains("kc_action_status=cancelled");
        assertThat(twoStepAttribute(account)).isNotEqualTo("true");
        assertThat(fx.login(account).signedIn()).isTrue();
    }

    @Test
    void aWrongCodeDoesNotTurnTwoStepOn() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.signedIn(account);
        Outcome entry = portal.post(
                portal.authorize("&kc_action=mypage-two-step-on").page(),
                CHOOSE,
                Map.of("target", "0:SMS", "action", "send"));
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        Outcome wrong = portal.post(
                entry.page(), ENTER, Map.of("code", code.equals("000000") ? "111111" : "000000", "action", "verify"));
        assertThat(wrong.page().text()).contains("正しくありません");
        assertThat(twoStepAttribute(account)).isNotEqualTo("true");
    }

    private Outcome codeBy(LoginClient client, Outcome choice, CodeSteps.Account account) {
        return CodeSteps.answerWithCode(client, choice, "0:SMS", fx.twilio(), account.mobileE164());
    }

    private String twoStepAttribute(CodeSteps.Account account) {
        JsonNode user = fx.admin()
                .get("/users?exact=true&username=" + account.username())
                .get(0);
        return user.path("attributes").path("mypage.twoStep").path(0).asText("");
    }
}
