package jp.ocn.mypage.it.security;

import static jp.ocn.mypage.it.maintenance.MaintenanceWindows.inMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.maintenance.MaintenanceWindows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two operators (or one double click) post overlapping windows at the same instant, hoping each overlap check runs
 * before the other window is stored. Writers claim the realm's windows first, so exactly one is saved and the other
 * is refused as overlapping, in every round.
 */
@ExtendWith(MyPageServerExtension.class)
class ParallelOverlappingWindowsAreNotBothSavedIT {

    private static final int ROUNDS = 8;

    private final Fixtures fx;

    @RegisterExtension
    final MaintenanceWindows windows;

    ParallelOverlappingWindowsAreNotBothSavedIT(Fixtures fx) {
        this.fx = fx;
        this.windows = new MaintenanceWindows(fx);
    }

    @Test
    void twoParallelPostsOfOverlappingWindowsSaveExactlyOne() throws Exception {
        String token = fx.admin().token();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                // Each round far from the others (and from every other test's windows): only the pair overlaps.
                Instant start = inMinutes(100_000L + round * 1000L);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<JsonHttp.Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    Instant mine = start.plusSeconds(i * 600L);
                    replies.add(pool.submit(() -> {
                        go.await();
                        return windows.post(mine, mine.plusSeconds(3600), token);
                    }));
                }
                go.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<JsonHttp.Reply> f : replies) {
                    JsonHttp.Reply r = f.get();
                    statuses.add(r.status());
                    if (r.status() == 201) {
                        windows.removeAfterTest(r.json().get("id").asText());
                    } else {
                        assertThat(r.json().get("error_description").asText()).contains("overlaps");
                    }
                }

                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(201, 400);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
