package jp.ocn.mypage.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/** The benchmark's options, parsed once from the command line ({@code ./benchmark.sh --help}). */
record BenchConfig(
        int concurrency,
        int accountsPerUser,
        Duration duration,
        Duration warmup,
        int rounds,
        int startRounds,
        Duration idle,
        Set<Integer> figures,
        Path out,
        boolean help) {

    static final String USAGE = """
            Usage: ./benchmark.sh [--quick] [options]
              Measures MyPage against stock Keycloak on this machine; each figure is a ratio of two sides measured
              in one run, in alternating rounds (A, B, A, B...), the median of the per-round ratios:
                1  MyPage browser sign-in ÷ Keycloak's stock browser flow (same server, realm, hashing)  goal >= 0.95
                2  sign-in with an SMS code (zero-latency Twilio stub) ÷ password-only sign-in           goal >= 0.85
                3  idle RSS and time to ready: our server ÷ the stock distribution                      goals <= 1.05, <= 1.10
                4  throughput of one node ÷ two nodes behind the balancer, and p99 of each
              Writes benchmark.md and benchmark.png into --out.
            Options:
              --quick             short run: 4 users, 20 s rounds, 3 rounds, 2 starts per side, 15 s idle
              --concurrency N     virtual users (default 8; quick 4)
              --accounts-per-user N  accounts each user takes in turn (default 10): at most 100 codes per
                                  number per 10 minutes, so a user's sign-ins/s x 600 / N must stay below 100
              --duration S        seconds per round (default 60; quick 20)
              --warmup S          seconds of the uncounted warm-up round per side (default 30; quick 10)
              --rounds N          rounds per side for figures 1, 2, 4 (default 5; quick 3)
              --start-rounds N    starts per side for figure 3 (default 3; quick 2)
              --idle S            idle seconds after ready before RSS is read (default 30; quick 15)
              --figures 1,2,3,4   which figures to measure (default all)
              --out DIR           output directory (default integration-tests/target/benchmark)
              --help              this text
            Environment: MYPAGE_TEST_DB_NAME (default db_bench; the stock server uses <name>_stock, the cluster
              <name>_cluster), MYPAGE_TEST_START_MINUTES (time allowed for one Keycloak start, default 10).
            """;

    static BenchConfig parse(String... args) {
        boolean quick = java.util.Arrays.asList(args).contains("--quick");
        int concurrency = quick ? 4 : 8;
        int accountsPerUser = 10;
        int duration = quick ? 20 : 60;
        int warmup = quick ? 10 : 30;
        int rounds = quick ? 3 : 5;
        int startRounds = quick ? 2 : 3;
        int idle = quick ? 15 : 30;
        Set<Integer> figures = new TreeSet<>(Set.of(1, 2, 3, 4));
        Path out = Path.of("integration-tests/target/benchmark");
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> {}
                case "--help", "-h" -> help = true;
                case "--concurrency" -> concurrency = positive(arg, value(args, ++i, arg));
                case "--accounts-per-user" -> accountsPerUser = positive(arg, value(args, ++i, arg));
                case "--duration" -> duration = positive(arg, value(args, ++i, arg));
                case "--warmup" -> warmup = positive(arg, value(args, ++i, arg));
                case "--rounds" -> rounds = positive(arg, value(args, ++i, arg));
                case "--start-rounds" -> startRounds = positive(arg, value(args, ++i, arg));
                case "--idle" -> idle = positive(arg, value(args, ++i, arg));
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--figures" -> {
                    figures.clear();
                    for (String f : value(args, ++i, arg).split(",")) {
                        int figure = positive(arg, f.trim());
                        if (figure > 4) {
                            throw new IllegalArgumentException("--figures: 1 to 4, not " + figure);
                        }
                        figures.add(figure);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see --help)");
            }
        }
        return new BenchConfig(
                concurrency,
                accountsPerUser,
                Duration.ofSeconds(duration),
                Duration.ofSeconds(warmup),
                rounds,
                startRounds,
                Duration.ofSeconds(idle),
                Set.copyOf(figures),
                out,
                help);
    }

    String describe() {
        return concurrency + " virtual users (" + accountsPerUser + " accounts each, taken in turn), "
                + duration.toSeconds() + " s rounds after a " + warmup.toSeconds()
                + " s warm-up per side, " + rounds + " rounds per side; figure 3: " + startRounds
                + " starts per side, RSS after " + idle.toSeconds() + " s idle";
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String option, String text) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(option + ": a positive whole number, not " + text);
    }
}
