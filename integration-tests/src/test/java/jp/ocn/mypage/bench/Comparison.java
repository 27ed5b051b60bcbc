package jp.ocn.mypage.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One figure: side A ÷ side B, measured in rounds that alternate A, B, A, B… in one run, so both sides see the same
 * machine; the figure is the median of the per-round ratios.
 */
record Comparison(String figure, String sideA, String sideB, List<RoundResult> roundsA, List<RoundResult> roundsB) {

    List<Double> throughputRatios() {
        return Stats.ratios(throughputs(roundsA), throughputs(roundsB));
    }

    double medianThroughputRatio() {
        return Stats.median(throughputRatios());
    }

    static List<Double> throughputs(List<RoundResult> rounds) {
        return rounds.stream().map(RoundResult::throughput).toList();
    }

    /** One side's latencies of all its rounds, in microseconds. */
    static long[] latencies(List<RoundResult> rounds) {
        return Stats.concat(rounds.stream().map(RoundResult::latencyMicros).toList());
    }

    static int errors(List<RoundResult> rounds) {
        return rounds.stream().mapToInt(RoundResult::errors).sum();
    }

    static String firstError(List<RoundResult> rounds) {
        return rounds.stream()
                .map(RoundResult::firstError)
                .filter(e -> e != null)
                .findFirst()
                .orElse("");
    }

    /** One side of a comparison: a sign-in flow, and what to do before each of its rounds (e.g. pin a node). */
    record Side(String name, SignInFlow flow, Runnable beforeRound) {}

    /** A warm-up round of each side (not counted), then {@code rounds} rounds of A then B. */
    static Comparison run(
            String figure,
            Side a,
            Side b,
            BenchConfig config,
            List<jp.ocn.mypage.it.harness.CodeSteps.Account> accounts) {
        for (Side side : List.of(a, b)) {
            side.beforeRound().run();
            RoundResult warm = LoadRound.run(side.name(), side.flow(), accounts, config.concurrency(), config.warmup());
            log(figure, "warm-up", warm);
        }
        List<RoundResult> resultsA = new ArrayList<>();
        List<RoundResult> resultsB = new ArrayList<>();
        for (int round = 1; round <= config.rounds(); round++) {
            for (Side side : List.of(a, b)) {
                side.beforeRound().run();
                RoundResult r =
                        LoadRound.run(side.name(), side.flow(), accounts, config.concurrency(), config.duration());
                (side == a ? resultsA : resultsB).add(r);
                log(figure, "round " + round, r);
            }
        }
        return new Comparison(figure, a.name(), b.name(), resultsA, resultsB);
    }

    private static void log(String figure, String round, RoundResult r) {
        System.out.printf(
                "[bench] %s %s %-28s %6.2f sign-ins/s (%d in %.1f s, %d errors, p99 %d ms, load %s)%s%n",
                figure,
                round,
                r.side(),
                r.throughput(),
                r.completed(),
                r.seconds(),
                r.errors(),
                Stats.percentile(r.latencyMicros(), 99) / 1000,
                Machine.loadAverage(),
                r.firstError() == null ? "" : " first error: " + r.firstError());
    }
}
