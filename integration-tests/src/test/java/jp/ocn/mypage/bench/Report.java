package jp.ocn.mypage.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The run's Markdown report: the four figures against their goals, then every side's throughput and latency. */
final class Report {

    /** A goal: {@code atLeast} true for a floor (≥), false for a ceiling (≤); null goal for a figure without one. */
    record Goal(boolean atLeast, double value) {
        boolean met(double ratio) {
            return atLeast ? ratio >= value : ratio <= value;
        }

        @Override
        public String toString() {
            return (atLeast ? "≥ " : "≤ ") + fmt(value);
        }
    }

    private final StringBuilder figures = new StringBuilder();
    private final StringBuilder sides = new StringBuilder();

    void comparison(String number, String title, Comparison c, Goal goal) {
        double ratio = c.medianThroughputRatio();
        row(number, title, summary(c.roundsA()), summary(c.roundsB()), ratio, c.throughputRatios(), goal);
        side(c.sideA(), c.roundsA());
        side(c.sideB(), c.roundsB());
    }

    void startup(StartupProbe.Result r) {
        List<Double> ours = r.ours().stream().map(s -> s.rssKib() / 1024.0).toList();
        List<Double> stock = r.stock().stream().map(s -> s.rssKib() / 1024.0).toList();
        row(
                "3a",
                "Idle RSS of the Keycloak JVM: our server ÷ stock distribution",
                fmt(Stats.median(ours)) + " MiB",
                fmt(Stats.median(stock)) + " MiB",
                Stats.median(r.rssRatios()),
                r.rssRatios(),
                new Goal(false, 1.05));
        List<Double> oursReady =
                r.ours().stream().map(StartupProbe.Start::readySeconds).toList();
        List<Double> stockReady =
                r.stock().stream().map(StartupProbe.Start::readySeconds).toList();
        row(
                "3b",
                "Time to ready: our server ÷ stock distribution",
                fmt(Stats.median(oursReady)) + " s",
                fmt(Stats.median(stockReady)) + " s",
                Stats.median(r.readyRatios()),
                r.readyRatios(),
                new Goal(false, 1.10));
    }

    /** The whole report; {@code header} lines (date, machine, load, settings) come first. */
    String markdown(List<String> header) {
        return "# MyPage sign-in benchmark\n\n"
                + header.stream().map(l -> "- " + l).collect(Collectors.joining("\n")) + "\n\n"
                + "| # | Figure | A | B | A ÷ B (median) | per-round ratios | goal | met |\n"
                + "|---|---|---|---|---|---|---|---|\n" + figures
                + "\n| Side | sign-ins/s (mean of rounds) | p50 ms | p90 ms | p99 ms | sign-ins | errors | first error |\n"
                + "|---|---|---|---|---|---|---|---|\n" + sides;
    }

    private void row(String number, String title, String a, String b, double ratio, List<Double> ratios, Goal goal) {
        figures.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | **%s** | %s | %s | %s |%n",
                number,
                title,
                a,
                b,
                fmt(ratio),
                ratios.stream().map(Report::fmt).collect(Collectors.joining(", ")),
                goal == null ? "—" : goal.toString(),
                goal == null ? "—" : goal.met(ratio) ? "yes" : "**no**"));
    }

    /** Mean throughput and p99 latency of one side. */
    private static String summary(List<RoundResult> rounds) {
        return fmt(Stats.mean(Comparison.throughputs(rounds))) + "/s, p99 "
                + Stats.percentile(Comparison.latencies(rounds), 99) / 1000 + " ms";
    }

    private void side(String name, List<RoundResult> rounds) {
        long[] micros = Comparison.latencies(rounds);
        sides.append(String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %d | %d | %d | %s |%n",
                name,
                fmt(Stats.mean(Comparison.throughputs(rounds))),
                Stats.percentile(micros, 50) / 1000,
                Stats.percentile(micros, 90) / 1000,
                Stats.percentile(micros, 99) / 1000,
                micros.length,
                Comparison.errors(rounds),
                Comparison.firstError(rounds).replace("|", "/").replace("\n", " ")));
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
