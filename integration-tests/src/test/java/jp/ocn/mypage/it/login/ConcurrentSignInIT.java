package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A double submit or two tabs with the right password are never told the password is wrong. */
@ExtendWith(MyPageServerExtension.class)
class ConcurrentSignInIT {

    private final Fixtures fx;

    ConcurrentSignInIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void fourParallelSignInsWithTheRightPasswordAllSucceed() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        List<Outcome> outcomes = parallel(account.username(), CodeSteps.PASSWORD, 4);
        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.error()).doesNotContain("正しくありません");
            assertThat(o.signedIn()).as(o.error()).isTrue();
        });
    }

    @Test
    void parallelWrongPasswordsAreEachCountedAndLockTheId() throws Exception {
        // Without the quick-login rule (two failures within a second lock at once), only the count can lock.
        int original = fx.admin().get("").get("quickLoginCheckMilliSeconds").asInt();
        assertThat(fx.admin().put("", Map.of("quickLoginCheckMilliSeconds", 1)).status())
                .isEqualTo(204);
        try {
            CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
            String userId = fx.admin().userId(account.username());
            List<Outcome> outcomes = parallel(account.username(), "Wrong-Password-1", 6);
            assertThat(outcomes).allSatisfy(o -> assertThat(o.signedIn()).isFalse());
            long checked = outcomes.stream()
                    .filter(o -> o.error().contains("正しくありません"))
                    .count();
            assertThat(checked)
                    .as(
                            "parallel attempts whose password was checked: %s",
                            outcomes.stream().map(Outcome::error).toList())
                    .isGreaterThanOrEqualTo(5);
            long deadline = System.currentTimeMillis() + 10_000;
            int counted = 0;
            while (System.currentTimeMillis() < deadline && counted != checked) {
                Thread.sleep(100);
                counted = fx.admin()
                        .call(
                                "GET",
                                fx.server().baseUrl() + "/admin/realms/" + KeycloakServer.REALM
                                        + "/attack-detection/brute-force/users/" + userId,
                                null,
                                fx.admin().token())
                        .json()
                        .path("numFailures")
                        .asInt();
            }
            assertThat(counted).as("every checked wrong password is counted").isEqualTo((int) checked);
            assertThat(fx.login(account).error()).contains("ロックされています");
        } finally {
            fx.admin().put("", Map.of("quickLoginCheckMilliSeconds", original));
        }
    }

    /** Opens one login page per "tab", then submits all of them at the same moment. */
    private List<Outcome> parallel(String username, String password, int tabs) throws Exception {
        List<LoginClient> clients = new ArrayList<>();
        List<Document> pages = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            LoginClient client = fx.browser();
            clients.add(client);
            pages.add(client.openLoginPage());
        }
        ExecutorService pool = Executors.newFixedThreadPool(tabs);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                int tab = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return clients.get(tab).submit(pages.get(tab), username, password);
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
