package jp.ocn.mypage.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.ocn.mypage.it.harness.BenchServers;
import jp.ocn.mypage.it.harness.KeycloakServer;

/**
 * Figure 3: time to ready and idle resident memory of our server ÷ the stock distribution. Starts alternate (ours,
 * stock, ours, stock…) with only one server up at a time; each start is timed from {@code kc.sh start} to the
 * first 200 of {@code /health/ready}, then the server idles and the JVM's {@code VmRSS} is read.
 */
final class StartupProbe {

    /** One start of one side. */
    record Start(String side, double readySeconds, long rssKib) {}

    /** All starts of both sides, in order. */
    record Result(List<Start> ours, List<Start> stock) {
        List<Double> readyRatios() {
            return Stats.ratios(
                    ours.stream().map(Start::readySeconds).toList(),
                    stock.stream().map(Start::readySeconds).toList());
        }

        List<Double> rssRatios() {
            return Stats.ratios(
                    ours.stream().map(s -> (double) s.rssKib()).toList(),
                    stock.stream().map(s -> (double) s.rssKib()).toList());
        }
    }

    private StartupProbe() {}

    /**
     * Both servers must be stopped; the stock one is started once first (not counted) so it builds its
     * distribution as ours did at its first start.
     */
    static Result measure(KeycloakServer ours, KeycloakServer stock, int rounds, Duration idle) {
        System.out.println("[bench] figure 3: warm-up start of the stock distribution (its build)");
        stock.relaunch();
        BenchServers.stop(stock);
        List<Start> oursStarts = new ArrayList<>();
        List<Start> stockStarts = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            oursStarts.add(once("mypage", ours, idle, round));
            stockStarts.add(once("stock", stock, idle, round));
        }
        return new Result(oursStarts, stockStarts);
    }

    private static Start once(String side, KeycloakServer server, Duration idle, int round) {
        long t0 = System.nanoTime();
        server.relaunch();
        double ready = (System.nanoTime() - t0) / 1e9;
        sleep(idle);
        long pid = BenchServers.jvm(server)
                .orElseThrow(() -> new IllegalStateException("no Keycloak JVM for " + server.log()))
                .pid();
        long rss = Machine.residentKib(pid);
        BenchServers.stop(server);
        System.out.printf(
                "[bench] figure 3 round %d %-7s ready in %.1f s, idle RSS %d MiB (load %s)%n",
                round, side, ready, rss / 1024, Machine.loadAverage());
        return new Start(side, ready, rss);
    }

    private static void sleep(Duration idle) {
        try {
            Thread.sleep(idle.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
