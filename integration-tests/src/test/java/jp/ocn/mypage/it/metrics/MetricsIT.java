package jp.ocn.mypage.it.metrics;

import static jp.ocn.mypage.it.harness.CodeSteps.ENTER;
import static jp.ocn.mypage.it.harness.CodeSteps.send;
import static jp.ocn.mypage.it.harness.CodeSteps.stepUpChoice;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeRuleDefaults;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Keycloak's metrics and ours on the management port's {@code /metrics}, as a monitoring system scrapes them. */
@ExtendWith({MyPageServerExtension.class, CodeRuleDefaults.class})
class MetricsIT {

    private static final String SMS_SENT =
            "mypage_code_sends_total{channel=\"sms\",outcome=\"sent\",purpose=\"sign_in_or_action\"";
    private static final String SMS_QUOTA =
            "mypage_code_sends_total{channel=\"sms\",outcome=\"quota\",purpose=\"sign_in_or_action\"";
    private static final String TEMPORARY_LOCKOUT = "mypage_lockouts_total{kind=\"temporary\"";

    private final Fixtures fx;

    MetricsIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void sentCodesQuotaRefusalsAndLockoutsMoveOurCounters() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        CodeSteps.configure(fx.admin(), Map.of("resendCooldownSeconds", "0", "perNumberPer10Minutes", "1"));
        String before = scrape();
        LoginClient client = fx.browser();
        LoginClient.Outcome entry = send(client, stepUpChoice(client, account), "0:SMS");
        LoginClient.Outcome refused = client.post(entry.page(), ENTER, Map.of("action", "resend"));
        assertThat(refused.page().text()).contains("上限に達しました");
        CodeSteps.Account locked = CodeSteps.newAccount(fx.admin());
        LockoutSteps.lockByQuickFailures(fx.server(), locked.username());
        LockoutSteps.await(
                "the lockout counted",
                15_000,
                () -> value(scrape(), TEMPORARY_LOCKOUT) > value(before, TEMPORARY_LOCKOUT));

        String after = scrape();
        assertThat(value(after, SMS_SENT) - value(before, SMS_SENT)).isEqualTo(1);
        assertThat(value(after, SMS_QUOTA) - value(before, SMS_QUOTA)).isEqualTo(1);
    }

    @Test
    void keycloaksOwnUserEventMetricsAreOn() {
        fx.signedIn(CodeSteps.newAccount(fx.admin()));
        assertThat(scrape()).contains("keycloak_user_events_total{").contains("event=\"login\"");
    }

    private String scrape() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(fx.server().managementUrl() + "/metrics"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample whose line starts with {@code prefix} (name and first labels), 0 when absent. */
    private static double value(String metrics, String prefix) {
        return metrics.lines()
                .filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
