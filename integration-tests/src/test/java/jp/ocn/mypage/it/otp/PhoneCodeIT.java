package jp.ocn.mypage.it.otp;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static jp.ocn.mypage.it.harness.CodeSteps.back;
import static jp.ocn.mypage.it.harness.CodeSteps.enter;
import static jp.ocn.mypage.it.harness.CodeSteps.send;
import static jp.ocn.mypage.it.harness.CodeSteps.stepUpChoice;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeRuleDefaults;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Codes by SMS and voice call through Twilio's API (a local stub), asked at step-up (acr_values=2). */
@ExtendWith({MyPageServerExtension.class, CodeRuleDefaults.class})
class PhoneCodeIT {

    private final Fixtures fx;

    PhoneCodeIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void stepUpSendsAnSmsWithTheExactTwilioParametersAndTokensCarryAcrAndAmr() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        Outcome choice = stepUpChoice(client, account);
        String masked =
                account.mobile().substring(0, 4) + "****" + account.mobile().substring(8);
        assertThat(choice.page().text())
                .contains("ご本人確認")
                .contains(masked)
                .contains("SMS")
                .contains("電話音声通知")
                .contains("紙とペン")
                .doesNotContain(account.mobile());

        Outcome entry = send(client, choice, "0:SMS");
        assertThat(entry.page().selectFirst(ENTER)).as(entry.body()).isNotNull();
        assertThat(entry.page().text()).contains("認証する").contains("再送信");
        TwilioStub.Recorded sms =
                fx.twilio().requests().get(fx.twilio().requests().size() - 1);
        assertThat(sms.method()).isEqualTo("POST");
        assertThat(sms.path()).isEqualTo("/2010-04-01/Accounts/" + TwilioStub.ACCOUNT_SID + "/Messages.json");
        assertThat(sms.form()).containsEntry("To", account.mobileE164()).containsEntry("From", TwilioStub.FROM);
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        assertThat(sms.form().get("Body")).contains(code).contains("OCN マイページ").contains("他人に教えないでください");

        Outcome done = enter(client, entry, toFullWidth(code));
        assertThat(done.signedIn()).as(done.body()).isTrue();
        JWTClaimsSet id =
                LoginClient.claims(client.tokens(done.code()).get("id_token").asText());
        assertThat(id.getStringClaim("acr")).isEqualTo("2");
        assertThat(id.getStringListClaim("amr")).containsExactly("pwd", "otp", "sms");
    }

    @Test
    void aLandlineOffersOnlyTheVoiceCallAndTheCallReadsTheCode() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        Outcome choice = stepUpChoice(client, account);
        assertThat(choice.page().select("input[name=target]").eachAttr("value"))
                .containsExactly("0:SMS", "0:VOICE", "1:VOICE");

        Outcome refused = send(client, choice, "1:SMS");
        assertThat(refused.page().selectFirst(CHOOSE)).isNotNull();
        assertThat(CodeSteps.sentTo(fx.twilio(), account.landlineE164())).isEmpty();

        Outcome entry = send(client, refused, "1:VOICE");
        TwilioStub.Recorded call =
                fx.twilio().requests().get(fx.twilio().requests().size() - 1);
        assertThat(call.path()).endsWith("/Calls.json");
        assertThat(call.form()).containsEntry("To", account.landlineE164()).containsEntry("From", TwilioStub.FROM);
        assertThat(call.form().get("Twiml")).contains("<Say").contains("ja-JP");
        String code = CodeSteps.lastCode(fx.twilio(), account.landlineE164());
        Outcome done = enter(client, entry, code);
        assertThat(done.signedIn()).isTrue();
        JWTClaimsSet access = LoginClient.claims(
                client.tokens(done.code()).get("access_token").asText());
        assertThat(access.getStringListClaim("amr")).containsExactly("pwd", "otp", "tel");
    }

    @Test
    void aCodeWorksOnlyOnceAndOnlyInTheFlowThatAskedForIt() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0"));
        LoginClient client = fx.browser();
        Outcome entry = send(client, stepUpChoice(client, account), "0:SMS");
        String first = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        assertThat(enter(client, entry, first).signedIn()).isTrue();

        LoginClient callDetails = client.forClient("mypage-call-details", "mypage-call-details-secret");
        pastMaxAgeZero();
        Outcome second = send(callDetails, callDetails.authorize(""), "0:SMS");
        String fresh = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        // One in a million the new code equals the used one; ask again until they differ, so the replay is always
        // tried.
        for (int i = 0; i < 3 && fresh.equals(first); i++) {
            second = callDetails.post(second.page(), ENTER, Map.of("action", "resend"));
            fresh = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        }
        assertThat(fresh).isNotEqualTo(first);
        Outcome reused = enter(callDetails, second, first);
        assertThat(reused.signedIn())
                .as("the used code replayed in another flow")
                .isFalse();
        assertThat(reused.page().text()).contains("正しくありません");
        assertThat(enter(callDetails, reused, fresh).signedIn()).isTrue();
    }

    @Test
    void fiveWrongEntriesKillTheCodeAndCountLikeWrongPasswords() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0"));
        LoginClient client = fx.browser();
        Outcome page = send(client, stepUpChoice(client, account), "0:SMS");
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 1; i <= 4; i++) {
            page = enter(client, page, wrong);
            assertThat(page.page().text()).contains("あと" + (5 - i) + "回");
            Thread.sleep(1_100); // beyond the realm's quick-login check, which would lock sooner
        }
        page = enter(client, page, wrong);
        assertThat(page.page().text()).contains("無効になりました");
        assertThat(page.page().selectFirst(CHOOSE))
                .as("back to choosing a phone")
                .isNotNull();
        // Five wrong codes count like five wrong passwords: the account is now locked for a while.
        Outcome again = send(client, page, "0:SMS");
        Outcome locked = enter(client, again, CodeSteps.lastCode(fx.twilio(), account.mobileE164()));
        assertThat(locked.signedIn()).isFalse();
        assertThat(locked.page().text()).contains("ロック");
    }

    @Test
    void aNewCodeDoesNotResetTheCountOfWrongEntries() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        // Three wrong entries kill a code: fewer than the realm's five failures that lock the account, so only the
        // code's own count can end it, and the account stays usable.
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0", "maxFailures", "3"));
        LoginClient client = fx.browser();
        Outcome page = send(client, stepUpChoice(client, account), "0:SMS");
        for (int i = 1; i <= 2; i++) {
            page = enter(client, page, wrongFor(CodeSteps.lastCode(fx.twilio(), account.mobileE164())));
            assertThat(page.page().text()).contains("あと" + (3 - i) + "回");
            Thread.sleep(1_100); // beyond the realm's quick-login check
        }
        page = client.post(page.page(), ENTER, Map.of("action", "resend"));
        assertThat(page.page().selectFirst(ENTER)).as(page.body()).isNotNull();
        page = enter(client, page, wrongFor(CodeSteps.lastCode(fx.twilio(), account.mobileE164())));
        assertThat(page.page().text())
                .as("the third wrong entry, the first on the new code")
                .contains("無効になりました")
                .doesNotContain("あと2回");
        assertThat(page.page().selectFirst(CHOOSE)).isNotNull();

        Thread.sleep(1_100);
        Outcome again = send(client, page, "0:SMS");
        Outcome done = enter(client, again, CodeSteps.lastCode(fx.twilio(), account.mobileE164()));
        assertThat(done.signedIn())
                .as("not a lockout: the right code still signs in " + done.body())
                .isTrue();
    }

    @Test
    void anAccountWithoutContactPhoneIsToldHowToRegisterOneAndCanGoBack() {
        LoginClient client = fx.browser();
        Outcome login = client.authorize("&acr_values=2");
        Outcome page = client.submit(login.page(), "jiro.sato@ocn.ne.jp", LoginClient.DEMO_PASSWORD);
        assertThat(page.page().text()).contains("連絡先電話番号が登録されていない");
        Outcome back = client.post(page.page(), "form#mypage-code-no-phone", Map.of("action", "cancel"));
        assertThat(back.signedIn()).isFalse();
        assertThat(back.page()).as("redirected back to the application").isNull();
        assertThat(back.body()).contains("error=access_denied");
    }

    @Test
    void aSecondStepUpWithinTheMaxAgeNeedsNoNewCodeButCallDetailsAskEveryTime() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0"));
        LoginClient client = fx.browser();
        Outcome entry = send(client, stepUpChoice(client, account), "0:SMS");
        assertThat(enter(client, entry, CodeSteps.lastCode(fx.twilio(), account.mobileE164()))
                        .signedIn())
                .isTrue();

        assertThat(client.authorize("&acr_values=2").signedIn())
                .as("level 2 still fresh for the portal")
                .isTrue();

        LoginClient callDetails = client.forClient("mypage-call-details", "mypage-call-details-secret");
        pastMaxAgeZero();
        Outcome asked = callDetails.authorize("");
        assertThat(asked.page().selectFirst(CHOOSE))
                .as("max age 0: a fresh code, no password")
                .isNotNull();
        Outcome sent = send(callDetails, asked, "0:SMS");
        Outcome done = enter(callDetails, sent, CodeSteps.lastCode(fx.twilio(), account.mobileE164()));
        assertThat(done.signedIn()).isTrue();
        pastMaxAgeZero();
        assertThat(callDetails.authorize("").page().selectFirst(CHOOSE))
                .as("and again next time")
                .isNotNull();
    }

    /** Keycloak counts level ages in whole seconds: max age 0 means "not even from the previous second". */
    private static void pastMaxAgeZero() {
        try {
            Thread.sleep(1_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String wrongFor(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    private static String toFullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append((char) (c - '0' + '０')));
        return s.toString();
    }
}
