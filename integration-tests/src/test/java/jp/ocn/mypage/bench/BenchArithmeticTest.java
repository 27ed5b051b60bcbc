package jp.ocn.mypage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The benchmark's pure pieces: percentiles, ratios, the login form as a browser reads it, options, /proc. */
class BenchArithmeticTest {

    @Test
    void percentilesAreNearestRankOfTheSortedValues() {
        long[] values = {50, 10, 40, 20, 30, 60, 70, 80, 90, 100};
        assertThat(Stats.percentile(values, 50)).isEqualTo(50);
        assertThat(Stats.percentile(values, 90)).isEqualTo(90);
        assertThat(Stats.percentile(values, 99)).isEqualTo(100);
        assertThat(Stats.percentile(values, 0)).isEqualTo(10);
        assertThat(Stats.percentile(new long[0], 99)).isZero();
    }

    @Test
    void theFigureIsTheMedianOfThePerRoundRatios() {
        List<Double> ratios = Stats.ratios(List.of(9.0, 10.0, 12.0), List.of(10.0, 10.0, 10.0));
        assertThat(ratios).containsExactly(0.9, 1.0, 1.2);
        assertThat(Stats.median(ratios)).isEqualTo(1.0);
        assertThat(Stats.median(List.of(1.0, 2.0, 4.0, 3.0))).isEqualTo(2.5);
        assertThatThrownBy(() -> Stats.ratios(List.of(1.0), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRoundsThroughputIsCompletedSignInsPerSecond() {
        assertThat(new RoundResult("a", 30, 1, 15.0, new long[30], null).throughput())
                .isEqualTo(2.0);
    }

    @Test
    void theLoginFormsActionIsAbsoluteAndItsHiddenFieldsAreKept() {
        String html = "<html><head><title>Sign in</title></head><body>"
                + "<form id=\"kc-form-login\" action=\"/realms/mypage/login-actions/authenticate?session_code=x&amp;tab_id=T\""
                + " method=\"post\"><input type=\"hidden\" name=\"credentialId\" value=\"c1\">"
                + "<input name=\"username\"><input type=\"password\" name=\"password\"></form></body></html>";
        LoginForm form =
                LoginForm.parse(html, URI.create("http://localhost:8080/realms/mypage/protocol"), "form#kc-form-login");
        assertThat(form.action())
                .isEqualTo(URI.create(
                        "http://localhost:8080/realms/mypage/login-actions/authenticate?session_code=x&tab_id=T"));
        assertThat(form.with(Map.of("username", "u", "password", "p")))
                .containsEntry("credentialId", "c1")
                .containsEntry("username", "u")
                .containsEntry("password", "p");
        assertThat(form.asks("username")).isTrue();
        assertThat(form.asks("otp")).isFalse();
        assertThat(LoginForm.parseIfPresent(html, URI.create("http://localhost/"), "form#mypage-code-enter"))
                .isNull();
        assertThatThrownBy(() -> LoginForm.parse(html, URI.create("http://localhost/"), "form#mypage-code-enter"))
                .isInstanceOf(LoginForm.UnexpectedPage.class)
                .hasMessageContaining("Sign in");
    }

    @Test
    void theCallbacksCodeIsReadFromTheQuery() {
        URI back = URI.create("http://localhost:8500/callback?state=s&session_state=x&code=a%2Bb.c&iss=y");
        assertThat(Browser.queryParameter(back, "code")).isEqualTo("a+b.c");
        assertThat(Browser.queryParameter(back, "missing")).isNull();
    }

    @Test
    void residentMemoryIsTheVmRssLine() {
        assertThat(Machine.parseVmRss("Name:\tjava\nVmPeak:\t 9 kB\nVmRSS:\t  612345 kB\nVmData: 1 kB\n"))
                .isEqualTo(612345);
    }

    @Test
    void quickModeIsShorterAndOptionsOverrideIt() {
        BenchConfig quick = BenchConfig.parse("--quick", "--rounds", "4", "--figures", "1,3");
        assertThat(quick.concurrency()).isEqualTo(4);
        assertThat(quick.duration()).isEqualTo(Duration.ofSeconds(20));
        assertThat(quick.rounds()).isEqualTo(4);
        assertThat(quick.figures()).isEqualTo(Set.of(1, 3));
        assertThat(BenchConfig.parse().rounds()).isEqualTo(5);
        assertThatThrownBy(() -> BenchConfig.parse("--figures", "5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchConfig.parse("--rounds", "0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchConfig.parse("--bogus")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGoalIsAFloorOrACeiling() {
        assertThat(new Report.Goal(true, 0.95).met(0.95)).isTrue();
        assertThat(new Report.Goal(true, 0.95).met(0.94)).isFalse();
        assertThat(new Report.Goal(false, 1.05).met(1.06)).isFalse();
    }
}
