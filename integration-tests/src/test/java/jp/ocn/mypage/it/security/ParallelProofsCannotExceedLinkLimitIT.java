package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.RecoverySteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attacker submits 30 proofs (customer number + birth date) at once, hoping the limit of 5 is checked before
 * any of them is counted. Every limit claims its slot first, so at most 5 are evaluated, whatever the timing.
 */
@ExtendWith(MyPageServerExtension.class)
class ParallelProofsCannotExceedLinkLimitIT {

    private static final int PARALLEL = 30;
    private static final int LIMIT = 5;
    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    ParallelProofsCannotExceedLinkLimitIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void thirtyParallelLinkingProofsGetAtMostFiveChecked() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), false);
        String userId = fx.admin().userId(account.username());
        // One sign-in (tab) per proof, as an attacker holding the password opens them: each has its own form.
        List<LoginClient> clients = new ArrayList<>();
        List<Outcome> forms = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            LoginClient c = fx.browser();
            Outcome offer = c.login(account.username(), CodeSteps.PASSWORD);
            clients.add(c);
            forms.add(c.post(offer.page(), "form#mypage-link-offer", Map.of("action", "start")));
        }
        long since = System.currentTimeMillis() - 1000;
        long base = System.nanoTime() % 10_000_000;
        List<Outcome> answers = parallel(i -> clients.get(i)
                .post(
                        forms.get(i).page(),
                        "form#mypage-link-proof",
                        Map.of(
                                "customerNumber",
                                String.format("N9%08d", (base * 100 + i) % 100_000_000),
                                "birthDate",
                                "1990-02-03",
                                "postalCode",
                                "100-0001",
                                "action",
                                "next")));

        long failedPages = answers.stream()
                .filter(a -> a.page().text().contains("ご契約を確認できませんでした"))
                .count();
        long checked = 0;
        long limited = 0;
        for (JsonNode e : fx.admin().get("/events?type=CUSTOM_REQUIRED_ACTION_ERROR&max=500")) {
            if (userId.equals(e.path("userId").asText()) && e.path("time").asLong() >= since) {
                checked += "mypage_link_proof_failed".equals(e.path("error").asText()) ? 1 : 0;
                limited += "mypage_link_limited".equals(e.path("error").asText()) ? 1 : 0;
            }
        }
        assertThat(checked + limited)
                .as(
                        "every submission reached the linking step; first answer: %s",
                        answers.get(0).page().text())
                .isEqualTo(PARALLEL);
        assertThat(checked).as("proofs checked against the directory").isLessThanOrEqualTo(LIMIT);
        assertThat(failedPages).isLessThanOrEqualTo(LIMIT);
    }

    @Test
    void thirtyParallelRecoveryAttemptsForOneNumberGetAtMostFiveEvaluated() throws Exception {
        realm.set("mypage.recovery.attemptsPerIpPerHour", "100000");
        realm.set("mypage.recovery.attemptsPerNumberPerDay", Integer.toString(LIMIT));
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        List<LoginClient> clients = new ArrayList<>();
        List<Outcome> forms = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            LoginClient c = fx.browser();
            clients.add(c);
            forms.add(RecoverySteps.forgotId(c));
        }
        long since = System.currentTimeMillis() - 1000;
        List<Outcome> answers = parallel(i -> clients.get(i)
                .post(
                        forms.get(i).page(),
                        RecoverySteps.NUMBER,
                        Map.of("customerNumber", account.customerNumber(), "birthDate", "1990-02-03")));

        long evaluated = answers.stream()
                .filter(a -> a.page().selectFirst(RecoverySteps.CODE) != null)
                .count();
        long limited =
                answers.stream().filter(a -> a.error().contains("上限に達しました")).count();
        assertThat(evaluated + limited).isEqualTo(PARALLEL);
        assertThat(evaluated).as("attempts that looked the number up").isLessThanOrEqualTo(LIMIT);
        JsonNode events = fx.admin().get("/events?type=RESET_PASSWORD&max=500");
        long matched = 0;
        for (JsonNode e : events) {
            if (e.path("time").asLong() >= since
                    && "matched"
                            .equals(e.path("details").path("mypage_recovery").asText())) {
                matched++;
            }
        }
        assertThat(matched).as("matches, each of which sends codes").isLessThanOrEqualTo(LIMIT);
    }

    private static List<Outcome> parallel(Function<Integer, Outcome> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return request.apply(n);
                }));
            }
            go.countDown();
            List<Outcome> answers = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(JsonNode events, String error) {
        long n = 0;
        for (JsonNode e : events) {
            if (error.equals(e.path("error").asText())) {
                n++;
            }
        }
        return n;
    }
}
