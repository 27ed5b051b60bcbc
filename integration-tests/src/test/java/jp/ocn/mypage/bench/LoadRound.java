package jp.ocn.mypage.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jp.ocn.mypage.it.harness.CodeSteps;

/**
 * A closed workload for a fixed time: {@code concurrency} virtual users, each with accounts of its own that it takes
 * in turn (no two sign-ins of one account overlap, each code arrives at a phone only one user reads, and each number
 * stays below the code quotas' highest settings, e.g. 100 codes per 10 minutes), sign in again and
 * again until the time is up; sign-ins under way then finish and count.
 */
final class LoadRound {

    private LoadRound() {}

    static RoundResult run(
            String side, SignInFlow flow, List<CodeSteps.Account> accounts, int concurrency, Duration duration) {
        if (accounts.size() < concurrency) {
            throw new IllegalArgumentException(concurrency + " users need as many accounts, not " + accounts.size());
        }
        int perUser = accounts.size() / concurrency;
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> users = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        for (int i = 0; i < concurrency; i++) {
            List<CodeSteps.Account> own = accounts.subList(i * perUser, (i + 1) * perUser);
            latencies.add(new long[0]);
            int slot = i;
            Thread user = new Thread(
                    () -> {
                        long[] times = new long[1024];
                        int n = 0;
                        int turn = 0;
                        while (System.nanoTime() < deadline) {
                            long t0 = System.nanoTime();
                            try {
                                flow.signIn(http, own.get(turn++ % own.size()));
                                if (n == times.length) {
                                    times = java.util.Arrays.copyOf(times, n * 2);
                                }
                                times[n++] = (System.nanoTime() - t0) / 1000;
                            } catch (RuntimeException e) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                                pause();
                            }
                        }
                        long[] done = java.util.Arrays.copyOf(times, n);
                        synchronized (latencies) {
                            latencies.set(slot, done);
                        }
                    },
                    "bench-user-" + i);
            user.start();
            users.add(user);
        }
        for (Thread user : users) {
            try {
                user.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] all;
        synchronized (latencies) {
            all = Stats.concat(latencies);
        }
        return new RoundResult(side, all.length, errors.get(), seconds, all, firstError.get());
    }

    /** After an error a user waits a little, so a broken side does not spin. */
    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
