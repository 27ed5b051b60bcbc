package jp.ocn.mypage.sdk.benchmark;

import java.lang.management.ManagementFactory;
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
     * The machine is shared (other builds come and go), so the two run side by side, one thread each at the same
     * time ({@link VerifyBenchmark#sdkBeside()}, {@link VerifyBenchmark#rawBeside()}): a load that comes or goes
     * weighs on both alike. Each round is a fresh JVM; the median of the rounds' ratios is the result.
     */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            RunResult result = sideBySide();
            double sdk = score(result, "sdkBeside");
            double raw = score(result, "rawBeside");
            ratios.add(sdk / raw);
            System.out.printf("round %d: SDK %.0f ops/s, raw JDK %.0f ops/s, ratio %.3f%n", round, sdk, raw, sdk / raw);
        }
        Collections.sort(ratios);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "%nSDK verification / raw JDK RSA verification: median ratio %.2f over %d rounds (goal >= 0.90)%n",
                ratios.get(ratios.size() / 2), rounds);
        System.out.printf(
                "date %s; machine %s, %d cores, load average %.1f at the end, %s %s, Java %s (%s)%n",
                LocalDate.now(),
                InetAddress.getLocalHost().getHostName(),
                rt.availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"));
    }

    private static RunResult sideBySide() throws Exception {
        Options options = new OptionsBuilder()
                .include(VerifyBenchmark.class.getName() + "\\.sideBySide$")
                .forks(1)
                .warmupIterations(8)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(8)
                .measurementTime(TimeValue.seconds(3))
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        return results.iterator().next();
    }

    private static double score(RunResult result, String method) {
        return result.getSecondaryResults().entrySet().stream()
                .filter(e -> e.getKey().endsWith(method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no result for " + method + ": "
                        + result.getSecondaryResults().keySet()))
                .getValue()
                .getScore();
    }
}
