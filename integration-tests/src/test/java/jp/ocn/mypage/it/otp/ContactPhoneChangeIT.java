package jp.ocn.mypage.it.otp;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Changing a contact phone: step-up, a code to the new number, the directory changed, the old number told. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class ContactPhoneChangeIT {

    private static final String CHANGE = "form#mypage-phone-change";
    private final Fixtures fx;

    ContactPhoneChangeIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aSignedInUserProvesTheOldPhoneThenTheNewOneAndTheOldNumberIsTold() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.signedIn(account);

        Outcome prove = portal.authorize("&kc_action=mypage-contact-phone");
        assertThat(prove.page().selectFirst(CHOOSE))
                .as("step-up before the change: " + prove.body())
                .isNotNull();
        assertThat(prove.page().text()).contains("連絡先電話番号を変更する前に");
        Outcome change = code(portal, prove, "0:SMS", account.mobileE164());
        assertThat(change.page().selectFirst(CHANGE)).as(change.body()).isNotNull();
        assertThat(change.page().text()).contains("連絡先電話番号の変更").contains(masked(account.mobile()));

        String newMobile = newMobile(account);
        Outcome verifyNew = portal.post(
                change.page(), CHANGE, Map.of("replace", "0", "phone", toFullWidth(newMobile), "action", "next"));
        assertThat(verifyNew.page().selectFirst(CHOOSE)).as(verifyNew.body()).isNotNull();
        assertThat(verifyNew.page().text())
                .contains("新しい電話番号に認証番号をお送りします")
                .contains(masked(newMobile))
                .doesNotContain(masked(account.mobile()));
        Outcome done = code(portal, verifyNew, "0:SMS", e164(newMobile));
        assertThat(done.body()).contains("kc_action_status=success");

        assertThat(phonesOf(account)).containsExactly(e164(newMobile), account.landlineE164());
        TwilioStub.Recorded notice = CodeSteps.lastSentTo(fx.twilio(), account.mobileE164());
        assertThat(notice.form().get("Body"))
                .contains("連絡先電話番号が")
                .contains(masked(newMobile))
                .contains("変更されました");
        assertThat(fx.admin().events("CUSTOM_REQUIRED_ACTION")).anySatisfy(e -> {
            assertThat(e.path("details").path("custom_required_action").asText())
                    .isEqualTo("mypage-contact-phone");
            assertThat(e.path("details").path("contact_phone_new").asText()).isEqualTo(masked(newMobile));
            assertThat(e.toString()).doesNotContain(e164(newMobile)).doesNotContain(account.mobileE164());
        });
    }

    @Test
    void aPortalThatAskedForLevelTwoGetsNoSecondStepUpCode() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.browser();
        Outcome login = portal.authorize("&acr_values=2&kc_action=mypage-contact-phone");
        Outcome stepUp = portal.submit(login.page(), account.username(), CodeSteps.PASSWORD);
        Outcome change = code(portal, stepUp, "1:VOICE", account.landlineE164());
        assertThat(change.page().selectFirst(CHANGE))
                .as("straight to the new number: " + change.body())
                .isNotNull();

        String newLandline = "06-6" + account.landline().substring(4);
        Outcome verifyNew =
                portal.post(change.page(), CHANGE, Map.of("replace", "1", "phone", newLandline, "action", "next"));
        assertThat(verifyNew.page().select("input[name=target]").eachAttr("value"))
                .as("a landline: voice only")
                .containsExactly("0:VOICE");
        assertThat(code(portal, verifyNew, "0:VOICE", e164(newLandline)).signedIn())
                .isTrue();
        assertThat(phonesOf(account)).containsExactly(account.mobileE164(), e164(newLandline));
        assertThat(CodeSteps.lastSentTo(fx.twilio(), account.landlineE164()).isCall())
                .as("the old landline is called with the notice")
                .isTrue();
    }

    @Test
    void numbersThatCannotBeRegisteredGetJapaneseMessagesAndNothingChanges() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.browser();
        Outcome change = changeFormAfterSmsCode(portal, account);

        Map<String, String> expected = Map.of(
                "",
                "新しい電話番号を入力してください",
                "abc-<script>",
                "電話番号を正しく入力してください",
                "0120-123-456",
                "連絡先として登録できません",
                "+1 212 555 0100",
                "連絡先として登録できません",
                account.landline(),
                "すでに連絡先として登録されています");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            change = portal.post(change.page(), CHANGE, Map.of("replace", "0", "phone", e.getKey(), "action", "next"));
            assertThat(change.status()).isEqualTo(200);
            assertThat(change.page().selectFirst(CHANGE)).as(e.getKey()).isNotNull();
            assertThat(change.page().text()).as(e.getKey()).contains(e.getValue());
        }
        change = portal.post(change.page(), CHANGE, Map.of("phone", newMobile(account), "action", "next"));
        assertThat(change.page().text()).contains("変更する連絡先電話番号を選んでください");

        Outcome cancelled = portal.post(change.page(), CHANGE, Map.of("action", "cancel"));
        assertThat(cancelled.body()).contains("kc_action_status=cancelled");
        assertThat(phonesOf(account)).containsExactly(account.mobileE164(), account.landlineE164());
    }

    @Test
    void aWrongCodeFromTheNewNumberChangesNothing() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.browser();
        Outcome change = changeFormAfterSmsCode(portal, account);
        String newMobile = newMobile(account);
        Outcome verifyNew =
                portal.post(change.page(), CHANGE, Map.of("replace", "0", "phone", newMobile, "action", "next"));
        Outcome entry = portal.post(verifyNew.page(), CHOOSE, Map.of("target", "0:SMS", "action", "send"));
        String sent = CodeSteps.lastCode(fx.twilio(), e164(newMobile));
        Outcome wrong = portal.post(
                entry.page(), ENTER, Map.of("code", sent.equals("000000") ? "111111" : "000000", "action", "verify"));
        assertThat(wrong.page().text()).contains("正しくありません");
        assertThat(phonesOf(account)).containsExactly(account.mobileE164(), account.landlineE164());
    }

    @Test
    void theSecurityNoticeLeadsStraightToTheChange() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        fx.admin()
                .setUserAttributes(
                        fx.admin().userId(account.username()), Map.of("mypage.securityNotice", List.of("pending")));
        LoginClient portal = fx.browser();
        Outcome notice = portal.login(account.username(), CodeSteps.PASSWORD);
        Outcome prove =
                portal.post(notice.page(), "form#mypage-notice-form", Map.of("action", "phone", "dontShowAgain", "on"));
        assertThat(prove.page().selectFirst(CHOOSE)).as(prove.body()).isNotNull();
        assertThat(prove.page().text()).contains("連絡先電話番号を変更する前に");
        assertThat(code(portal, prove, "0:SMS", account.mobileE164()).page().selectFirst(CHANGE))
                .isNotNull();
    }

    private Outcome code(LoginClient client, Outcome choice, String target, String toE164) {
        return CodeSteps.answerWithCode(client, choice, target, fx.twilio(), toE164);
    }

    private List<String> phonesOf(CodeSteps.Account account) {
        JsonNode customer = fx.admin().customer(account.customerNumber());
        List<String> phones = new ArrayList<>();
        customer.get("contactPhones").forEach(p -> phones.add(p.asText()));
        return phones;
    }

    /** A portal asks for level 2 and the phone change; the account signs in and enters a code sent by SMS. */
    private Outcome changeFormAfterSmsCode(LoginClient portal, CodeSteps.Account account) {
        Outcome login = portal.authorize("&acr_values=2&kc_action=mypage-contact-phone");
        return code(
                portal,
                portal.submit(login.page(), account.username(), CodeSteps.PASSWORD),
                "0:SMS",
                account.mobileE164());
    }

    private static String newMobile(CodeSteps.Account account) {
        return "080" + account.mobile().substring(3);
    }

    private static String e164(String national) {
        return "+81" + national.substring(1).replace("-", "");
    }

    private static String masked(String national) {
        String[] g = national.split("-");
        return g[0] + "-" + "*".repeat(g[1].length()) + "-" + g[2];
    }

    private static String toFullWidth(String text) {
        StringBuilder s = new StringBuilder();
        text.chars().forEach(c -> s.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c == '-' ? '－' : (char) c));
        return s.toString();
    }
}
