package jp.ocn.mypage.it.otp;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static jp.ocn.mypage.it.harness.CodeSteps.back;
import static jp.ocn.mypage.it.harness.CodeSteps.send;
import static jp.ocn.mypage.it.harness.CodeSteps.stepUpChoice;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeRuleDefaults;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sending codes: the resend cooldown, the quotas per number, account and client address, Twilio's errors. */
@ExtendWith({MyPageServerExtension.class, CodeRuleDefaults.class})
class PhoneCodeSendingIT {

    private final Fixtures fx;

    PhoneCodeSendingIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aResendWithinTheCooldownIsRefusedWithTheWaitingTime() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        Outcome entry = send(client, stepUpChoice(client, account), "0:SMS");
        assertThat(entry.page().text()).contains("秒後にできます");
        long before = CodeSteps.countSentTo(fx.twilio(), account.mobileE164());
        Outcome resend = client.post(entry.page(), ENTER, Map.of("action", "resend"));
        assertThat(resend.page().text()).contains("待ってから再度お試しください");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(before);
    }

    @Test
    void theNumberQuotaStopsTheSixthCodeInTenMinutes() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0"));
        LoginClient client = fx.browser();
        Outcome page = send(client, stepUpChoice(client, account), "0:SMS");
        for (int i = 0; i < 4; i++) {
            page = client.post(page.page(), ENTER, Map.of("action", "resend"));
        }
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(5);
        Outcome refused = client.post(page.page(), ENTER, Map.of("action", "resend"));
        assertThat(refused.page().text()).contains("上限に達しました").contains("以降に再度お試しください");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())).isEqualTo(5);
    }

    @Test
    void theAccountQuotaCountsCodesToEveryPhoneOfTheAccount() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0", "perAccountPerDay", "3"));
        LoginClient client = fx.browser();
        Outcome page = send(client, stepUpChoice(client, account), "0:SMS");
        page = send(client, back(client, page), "1:VOICE");
        page = send(client, back(client, page), "0:VOICE");
        Outcome refused = send(client, back(client, page), "1:VOICE");
        assertThat(refused.page().text()).contains("上限に達しました");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164())
                        + CodeSteps.countSentTo(fx.twilio(), account.landlineE164()))
                .isEqualTo(3);
    }

    @Test
    void theClientIpQuotaStopsSendsFromOneAddress() {
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0", "perIpPerHour", "1"));
        CodeSteps.Account first = CodeSteps.newAccount(fx.admin());
        CodeSteps.Account second = CodeSteps.newAccount(fx.admin());
        LoginClient a = fx.browser();
        send(a, stepUpChoice(a, first), "0:SMS");
        LoginClient b = fx.browser();
        // At a limit of 1, the first send may already find this hour's slot taken by earlier tests; the second never
        // gets one.
        Outcome refused = send(b, stepUpChoice(b, second), "0:SMS");
        assertThat(refused.page().text()).contains("上限に達しました");
        assertThat(CodeSteps.countSentTo(fx.twilio(), second.mobileE164())).isZero();
    }

    @Test
    void aTwilioErrorGivesTheJapaneseFallbackAndOffersTheOtherMethod() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        Outcome choice = stepUpChoice(client, account);
        fx.twilio()
                .failNext(
                        400,
                        "{\"code\":21211,\"message\":\"The 'To' number is not a valid phone number.\",\"status\":400}");
        Outcome failed = send(client, choice, "0:SMS");
        assertThat(failed.page().text()).contains("SMSを送信できませんでした").contains("電話音声通知");
        assertThat(failed.page().selectFirst(CHOOSE)).isNotNull();
        // The failed send does not hold the number: the call goes out at once.
        Outcome entry = send(client, failed, "0:VOICE");
        assertThat(entry.page().selectFirst(ENTER)).isNotNull();
        assertThat(fx.admin().events("CUSTOM_REQUIRED_ACTION_ERROR")).anySatisfy(e -> assertThat(
                        e.get("details").get("provider_error").asText())
                .isEqualTo("21211"));
    }

    @Test
    void aTwilioOutageIsAnsweredPromptlyWithoutRetries() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.browser();
        Outcome choice = stepUpChoice(client, account);
        int before = fx.twilio().requests().size();
        fx.twilio().failNext(503, "");
        Outcome failed = send(client, choice, "0:SMS");
        assertThat(failed.page().text()).contains("SMSを送信できませんでした");
        assertThat(fx.twilio().requests().size() - before).as("no retries").isEqualTo(1);

        fx.twilio().delayNext(Duration.ofSeconds(20));
        Outcome slow = send(client, failed, "0:VOICE");
        assertThat(slow.page().text()).contains("電話を発信できませんでした");
        assertThat(slow.millis()).as("bounded by the client's own timeouts").isLessThan(12_000);
    }
}
