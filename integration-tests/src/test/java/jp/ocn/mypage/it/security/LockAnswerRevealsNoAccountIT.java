package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: tell IDs that exist from IDs that don't by failing on purpose until a lock shows. An unknown ID, and a
 * well-formed customer number linked to nobody, must lock after the same failures, with the same words and the same
 * kind of end time, in about the same time as a real ID.
 */
@ExtendWith(MyPageServerExtension.class)
class LockAnswerRevealsNoAccountIT {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private final Fixtures fx;

    LockAnswerRevealsNoAccountIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void unknownIdsLockAfterTheSameFiveSpacedFailuresWithTheSameAnswerAsARealId() throws Exception {
        CodeSteps.Account real = CodeSteps.newAccount(fx.admin(), true);
        CodeSteps.Account other = CodeSteps.newAccount(fx.admin(), false); // its customer number is linked to nobody
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("real OCN ID", real.username());
        ids.put("unknown OCN ID", "nobody-" + System.nanoTime() + "@ocn.ne.jp");
        ids.put("unlinked customer number", other.customerNumber());
        ids.put("customer number nobody holds", String.format("N9%08d", System.nanoTime() % 100_000_000));

        String generic = null;
        for (int round = 1; round <= 5; round++) {
            for (Map.Entry<String, String> id : ids.entrySet()) {
                String answer = fx.browser()
                        .login(id.getValue(), "Wrong-Password-" + round)
                        .error();
                if (generic == null) {
                    generic = answer;
                    assertThat(generic).contains("正しくありません");
                }
                assertThat(answer)
                        .as("failure %s on the %s: the generic words", round, id.getKey())
                        .isEqualTo(generic);
            }
            Thread.sleep(1_100); // beyond the quick-login window, so it is the count of five that locks
        }
        String userId = fx.admin().userId(real.username());
        LockoutSteps.await("the real ID locked", 10_000, () -> LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                .path("disabled")
                .asBoolean());

        Map<String, String> answers = new LinkedHashMap<>();
        ids.forEach((kind, id) ->
                answers.put(kind, fx.browser().login(id, "Wrong-Password-6").error()));
        String realAnswer = answers.get("real OCN ID");
        assertThat(realAnswer).contains("ロックされています").containsPattern(LockoutSteps.UNTIL);
        LocalDateTime realUntil = until(realAnswer);
        answers.forEach((kind, answer) -> {
            assertThat(LockoutSteps.withoutTime(answer))
                    .as("the %s", kind)
                    .isEqualTo(LockoutSteps.withoutTime(realAnswer));
            assertThat(until(answer))
                    .as("the %s locked until about the same minute", kind)
                    .isBetween(realUntil.minusMinutes(1), realUntil.plusMinutes(1));
        });
    }

    @Test
    void aLockedRealIdAndALockedUnknownIdAnswerInAboutTheSameTime() throws Exception {
        CodeSteps.Account real = CodeSteps.newAccount(fx.admin(), true);
        String unknown = "nobody-" + System.nanoTime() + "@ocn.ne.jp";
        LockoutSteps.lockByQuickFailures(fx.server(), real.username());
        LockoutSteps.lockByQuickFailures(fx.server(), unknown);
        assertThat(fx.browser().login(unknown, "Wrong-Password-3").error()).contains("ロックされています");
        assertThat(fx.browser().login(real.username(), "Wrong-Password-3").error())
                .contains("ロックされています");

        List<Long> lockedReal = new ArrayList<>();
        List<Long> lockedUnknown = new ArrayList<>();
        List<Long> checked = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            lockedReal.add(timeOf(real.username(), CodeSteps.PASSWORD));
            lockedUnknown.add(timeOf(unknown, CodeSteps.PASSWORD));
            checked.add(timeOf("nobody-" + i + "-" + System.nanoTime() + "@ocn.ne.jp", "Wrong-Password-x"));
        }
        long realMedian = LockoutSteps.median(lockedReal);
        long unknownMedian = LockoutSteps.median(lockedUnknown);
        long hashing = LockoutSteps.median(checked);
        // A password check on one of them (stock Keycloak hashes for one, not the other) would differ by a whole hash.
        long oneHash = Math.max(0, hashing - Math.min(realMedian, unknownMedian));
        assertThat(Math.abs(realMedian - unknownMedian))
                .as(
                        "locked real %s ms, locked unknown %s ms, a checked password %s ms",
                        lockedReal, lockedUnknown, checked)
                .isLessThanOrEqualTo(Math.max(5, oneHash / 2));
    }

    @Test
    void sixParallelFailuresLockAnUnknownIdAsTheyLockARealOne() throws Exception {
        // Without the quick-login rule only the count can lock: six parallel failures must lock both IDs alike.
        try (AutoCloseable countOnly =
                LockoutSteps.realmSettings(fx.admin(), Map.of("quickLoginCheckMilliSeconds", 1))) {
            CodeSteps.Account real = CodeSteps.newAccount(fx.admin(), true);
            String unknown = "nobody-" + System.nanoTime() + "@ocn.ne.jp";
            parallelFailures(real.username(), 6);
            parallelFailures(unknown, 6);
            String userId = fx.admin().userId(real.username());
            LockoutSteps.await(
                    "the real ID locked", 10_000, () -> LockoutSteps.bruteForce(fx.server(), fx.admin(), userId)
                            .path("disabled")
                            .asBoolean());
            String realAnswer =
                    fx.browser().login(real.username(), "Wrong-Password-7").error();
            String unknownAnswer =
                    fx.browser().login(unknown, "Wrong-Password-7").error();
            assertThat(realAnswer).contains("ロックされています");
            assertThat(LockoutSteps.withoutTime(unknownAnswer))
                    .as("the unknown ID after six parallel failures")
                    .isEqualTo(LockoutSteps.withoutTime(realAnswer));
        }
    }

    /** Opens one login page per tab, then submits all at the same moment. */
    private void parallelFailures(String username, int tabs) throws Exception {
        List<LoginClient> clients = new ArrayList<>();
        List<org.jsoup.nodes.Document> pages = new ArrayList<>();
        for (int i = 0; i < tabs; i++) {
            clients.add(fx.browser());
            pages.add(clients.get(i).openLoginPage());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(tabs);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<LoginClient.Outcome>> done = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                int tab = i;
                done.add(pool.submit(() -> {
                    start.await();
                    return clients.get(tab).submit(pages.get(tab), username, "Wrong-Password-" + tab);
                }));
            }
            start.countDown();
            for (var f : done) {
                assertThat(f.get(60, java.util.concurrent.TimeUnit.SECONDS).signedIn())
                        .isFalse();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private long timeOf(String username, String password) {
        LoginClient client = fx.browser();
        var page = client.openLoginPage();
        return client.submit(page, username, password).millis();
    }

    private static LocalDateTime until(String answer) {
        Matcher m = LockoutSteps.UNTIL.matcher(answer);
        assertThat(m.find()).as(answer).isTrue();
        return LocalDateTime.parse(m.group(), SHOWN);
    }
}
