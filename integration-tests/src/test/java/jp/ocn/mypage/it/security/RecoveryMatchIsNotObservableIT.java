package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
 * The attacker tries customer numbers and birth dates on IDをお忘れの方 and watches the answer: its page, its time.
 * A match and a non-match get the same page, answer before any code is sent, and do the same work (one background
 * job each, whose event proves it ran); only a match sends.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class RecoveryMatchIsNotObservableIT {

    private final Fixtures fx;

    RecoveryMatchIsNotObservableIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aMatchAndANonMatchGetTheSamePageAndTheirJobsRunButOnlyTheMatchSends() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        long before = CodeSteps.countSentTo(fx.twilio(), account.mobileE164());
        Outcome real = attempt(account.customerNumber(), "19900203");
        Outcome fake = attempt(account.customerNumber(), "19900204");
        assertThat(RecoverySteps.withoutRequestValues(fake)).isEqualTo(RecoverySteps.withoutRequestValues(real));

        assertThat(job("matched").path("details").path("sent").asText()).isEqualTo("1");
        assertThat(job("no_match").path("details").path("sent").asText())
                .as("the non-match's job ran and sent nothing")
                .isEqualTo("0");
        assertThat(CodeSteps.countSentTo(fx.twilio(), account.mobileE164()))
                .as("one code, the match's")
                .isEqualTo(before + 1);
    }

    @Test
    void aMatchAnswersBeforeItsCodeIsSent() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        Outcome fake = attempt(account.customerNumber(), "19900204");
        fx.twilio().delayNext(Duration.ofSeconds(4));
        Outcome real = attempt(account.customerNumber(), "19900203");
        assertThat(real.page().selectFirst(RecoverySteps.CODE)).isNotNull();
        // The send waits 4 s at Twilio; the answer does not wait for it (compared with a non-match of the same run).
        assertThat(real.millis()).isLessThan(fake.millis() + 3000);
        assertThat(CodeSteps.lastCode(fx.twilio(), account.mobileE164())).hasSize(6);
    }

    private Outcome attempt(String number, String birthDate) {
        LoginClient client = fx.browser();
        Outcome form = RecoverySteps.forgotId(client);
        return RecoverySteps.number(client, form, number, birthDate);
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

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
