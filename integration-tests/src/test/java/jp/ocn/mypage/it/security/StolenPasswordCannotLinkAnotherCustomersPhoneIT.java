package jp.ocn.mypage.it.security;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LinkingSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker knows the victim's password and is an OCN customer too: linking their own customer number to the
 * victim's account would make their own phone receive the victim's codes. Linking a further number needs a code to
 * a phone the account already has, and every existing phone and the account mail hear of each new link.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class StolenPasswordCannotLinkAnotherCustomersPhoneIT {

    private final Fixtures fx;

    StolenPasswordCannotLinkAnotherCustomersPhoneIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void thePasswordAloneReachesNeitherTheProofNorACodeToTheAttackersPhone() {
        CodeSteps.Account victim = CodeSteps.newAccount(fx.admin(), true);
        CodeSteps.Account attackers = CodeSteps.newAccount(fx.admin(), false);
        LoginClient attacker = fx.signedIn(victim);

        Outcome asked = attacker.authorize("&kc_action=mypage-link-customer");
        assertThat(asked.page().selectFirst(LinkingSteps.PROOF))
                .as("no proof form before the step-up")
                .isNull();
        assertThat(asked.page().selectFirst(CHOOSE)).as(asked.body()).isNotNull();
        assertThat(asked.page().text())
                .contains("追加で登録する前に")
                .contains(masked(victim.mobile()))
                .doesNotContain(masked(attackers.mobile()));
        assertThat(asked.page().select("input[name=target]").eachAttr("value"))
                .as("only the victim's phones")
                .containsExactly("0:SMS", "0:VOICE", "1:VOICE");

        // Posting the proof (and "start") to the step-up page anyway: still no code to the attacker's phone.
        Map<String, String> proof =
                LinkingSteps.proof(attackers.customerNumber(), "1990-02-03", "postalCode", "100-0001");
        Outcome pushed = attacker.post(asked.page(), CHOOSE, proof);
        pushed = attacker.post(pushed.page(), CHOOSE, Map.of("action", "start"));
        pushed = attacker.post(pushed.page(), CHOOSE, proof);
        assertThat(pushed.page().selectFirst(LinkingSteps.PROOF)).isNull();
        // A send to a phone outside the victim's list is no choice either.
        Outcome outside = attacker.post(pushed.page(), CHOOSE, Map.of("target", "2:SMS", "action", "send"));
        assertThat(outside.page().selectFirst(CHOOSE)).isNotNull();

        Outcome cancelled = attacker.post(outside.page(), CHOOSE, Map.of("action", "cancel"));
        assertThat(cancelled.body()).contains("kc_action_status=cancelled");
        assertThat(CodeSteps.countSentTo(fx.twilio(), attackers.mobileE164())
                        + CodeSteps.countSentTo(fx.twilio(), attackers.landlineE164()))
                .as("nothing sent to the attacker")
                .isZero();
        assertThat(fx.admin().customer(attackers.customerNumber()).has("ocnId")).isFalse();
    }

    @Test
    void afterTheStepUpTheLinkIsToldToEveryPhoneTheAccountHadAndToItsMail() {
        CodeSteps.Account owner = CodeSteps.newAccount(fx.admin(), true);
        CodeSteps.Account second = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.signedIn(owner);

        Outcome stepUp = client.authorize("&kc_action=mypage-link-customer");
        Outcome proof = CodeSteps.answerWithCode(client, stepUp, "0:SMS", fx.twilio(), owner.mobileE164());
        assertThat(proof.page().selectFirst(LinkingSteps.PROOF))
                .as(proof.body())
                .isNotNull();
        Outcome choice =
                LinkingSteps.proveWithPostalCode(client, proof, second.customerNumber(), "1990-02-03", "100-0001");
        assertThat(choice.page().text()).contains("お客さま番号の登録を完了するため").contains(masked(second.mobile()));
        Outcome done = CodeSteps.answerWithCode(client, choice, "0:SMS", fx.twilio(), second.mobileE164());
        assertThat(done.body()).contains("kc_action_status=success");

        String maskedNumber = second.customerNumber().substring(0, 3) + "****"
                + second.customerNumber().substring(7);
        TwilioStub.Recorded sms = CodeSteps.lastSentTo(fx.twilio(), owner.mobileE164());
        assertThat(sms.isCall()).isFalse();
        assertThat(sms.form().get("Body"))
                .contains("追加されました")
                .contains(maskedNumber)
                .doesNotContain(second.customerNumber());
        assertThat(CodeSteps.lastSentTo(fx.twilio(), owner.landlineE164()).isCall())
                .as("the landline is called")
                .isTrue();
        assertThat(CodeSteps.lastSentTo(fx.twilio(), owner.landlineE164())
                        .form()
                        .get("Twiml"))
                .contains("追加で登録されました");
        assertThat(CodeSteps.countSentTo(fx.twilio(), second.landlineE164()))
                .as("the new customer's own phones get no notice")
                .isZero();
        assertThat(fx.mail().to(owner.username())).anySatisfy(m -> {
            assertThat(m.subject()).contains("お客さま番号が登録されました");
            assertThat(m.body()).contains(second.customerNumber());
        });
    }

    @Test
    void aSignInThatReachedLevelTwoGoesStraightToTheProof() {
        CodeSteps.Account owner = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        Outcome login = client.authorize("&acr_values=2&kc_action=mypage-link-customer");
        Outcome signInCode = client.submit(login.page(), owner.username(), CodeSteps.PASSWORD);
        Outcome proof = CodeSteps.answerWithCode(client, signInCode, "0:SMS", fx.twilio(), owner.mobileE164());
        assertThat(proof.page().selectFirst(LinkingSteps.PROOF))
                .as("no second code: " + proof.body())
                .isNotNull();
    }

    private static String masked(String national) {
        String[] g = national.split("-");
        return g[0] + "-" + "*".repeat(g[1].length()) + "-" + g[2];
    }
}
