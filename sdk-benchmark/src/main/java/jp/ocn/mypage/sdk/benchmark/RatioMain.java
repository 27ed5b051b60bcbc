package jp.ocn.mypage.sdk.benchmark;

import java.net.InetAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link VerifyBenchmark} and prints SDK throughput ÷ raw JDK throughput (goal ≥ 0.90), with date and machine. */
public final class RatioMain {

    private RatioMain() {}

    /**
     * The machine is shared (other builds come and go), so the two benchmarks run in alternating short rounds and
     * the ratio of each round is taken; the median of the rounds is the result.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            double sdk = run("sdk");
            double raw = run("raw");
            ratios.add(sdk / raw);
            System.out.printf("round %d: SDK %.0f ops/s, raw JDK %.0f ops/s, ratio %.3f%n", round, sdk, raw, sdk / raw);
        }
        Collections.sort(ratios);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "%nSDK verification / raw JDK RSA verification: median ratio %.2f over %d rounds (goal >= 0.90)%n",
                ratios.get(ratios.size() / 2), rounds);
        System.out.printf(
                "date %s; machine %s, %d cores, %s %s, Java %s (%s)%n",
                LocalDate.now(),
                InetAddress.getLocalHost().getHostName(),
                rt.availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    private static double run(String method) throws Exception {
        Options options = new OptionsBuilder()
                .include(VerifyBenchmark.class.getName() + "\\." + method + "$")
                .forks(1)
                .threads(1)
                .warmupIterations(6)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(2))
                .verbosity(VerboseMode.SILENT)
                .build();
        return score(new Runner(options).run(), method);
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow()
                .getPrimaryResult()
                .getScore();
    }
}
