package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker tries customer numbers and birth dates on IDをお忘れの方 and watches the answer: its page, its time.
 * A match and a non-match get the same page, answer before any code is sent, and do the same work (one background
 * job each, whose event proves it ran); only a match sends.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class RecoveryMatchIsNotObservableIT {

    private static final String NUMBER = "form#mypage-recovery-number";
    private static final String CODE = "form#mypage-recovery-code";
    private final Fixtures fx;

    RecoveryMatchIsNotObservableIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aMatchAndANonMatchGetTheSamePageAndTheirJobsRunButOnlyTheMatchSends() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        long before = sentTo(account.mobileE164());
        Outcome real = attempt(account.customerNumber(), "19900203");
        Outcome fake = attempt(account.customerNumber(), "19900204");
        assertThat(withoutRequestValues(fake)).isEqualTo(withoutRequestValues(real));

        assertThat(job("matched").path("details").path("sent").asText()).isEqualTo("1");
        assertThat(job("no_match").path("details").path("sent").asText())
                .as("the non-match's job ran and sent nothing")
                .isEqualTo("0");
        assertThat(sentTo(account.mobileE164())).as("one code, the match's").isEqualTo(before + 1);
    }

    @Test
    void aMatchAnswersBeforeItsCodeIsSent() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        Outcome fake = attempt(account.customerNumber(), "19900204");
        fx.twilio().delayNext(Duration.ofSeconds(4));
        Outcome real = attempt(account.customerNumber(), "19900203");
        assertThat(real.page().selectFirst(CODE)).isNotNull();
        // The send waits 4 s at Twilio; the answer does not wait for it (compared with a non-match of the same run).
        assertThat(real.millis()).isLessThan(fake.millis() + 3000);
        assertThat(CodeSteps.lastCode(fx.twilio(), account.mobileE164())).hasSize(6);
    }

    private Outcome attempt(String number, String birthDate) {
        LoginClient client = fx.browser();
        Outcome form = client.open(
                client.openLoginPage().selectFirst("a#mypage-forgot-id").absUrl("href"));
        return client.post(form.page(), NUMBER, Map.of("customerNumber", number, "birthDate", birthDate));
    }

    /** The background job's event of the newest attempt of this kind (matched, no_match), polled with a deadline. */
    private JsonNode job(String kind) {
        String attempt = null;
        for (JsonNode e : fx.admin().get("/events?type=RESET_PASSWORD&max=50")) {
            if (attempt == null
                    && kind.equals(e.path("details").path("mypage_recovery").asText())) {
                attempt = e.path("details").path("mypage_recovery_attempt").asText(null);
            }
        }
        assertThat(attempt).as("the attempt's event").isNotNull();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode e : fx.admin().get("/events?type=CUSTOM_REQUIRED_ACTION&max=100")) {
                if (attempt.equals(
                        e.path("details").path("mypage_recovery_attempt").asText())) {
                    return e;
                }
            }
            sleep();
        }
        throw new AssertionError("no job event for attempt " + attempt);
    }

    private long sentTo(String e164) {
        return fx.twilio().requests().stream()
                .filter(r -> e164.equals(r.form().get("To")))
                .count();
    }

    private static String withoutRequestValues(Outcome outcome) {
        return outcome.page().selectFirst(CODE).outerHtml().replaceAll("(value|action)=\"[^\"]*\"", "");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
