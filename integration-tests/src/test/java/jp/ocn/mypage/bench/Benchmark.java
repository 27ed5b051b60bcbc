package jp.ocn.mypage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.BenchServers;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.KeycloakCluster;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.testsupport.TwilioStub;

/**
 * {@code ./benchmark.sh}: MyPage against stock Keycloak on this machine, each figure a ratio of two sides measured in
 * one run with alternating rounds (see {@link BenchConfig#USAGE}). Servers come from the integration-test harness,
 * with the Twilio stub and the mail catcher the tests use; never part of {@code mvn verify}.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        BenchConfig config;
        try {
            config = BenchConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (config.help()) {
            System.out.print(BenchConfig.USAGE);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        // Interrupted (Ctrl-C, kill), the run's Keycloak JVMs would outlive it: they go with it.
        Runtime.getRuntime().addShutdownHook(new Thread(BenchServers::stopAllOfThisCheckout));
        Files.createDirectories(config.out());
        List<String> header = new ArrayList<>();
        header.add("Date: " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "; Keycloak 26.7.3 (production mode,"
                + " PostgreSQL, --cache=local for figures 1-3, jdbc-ping cluster for figure 4)");
        header.add("Machine: " + Machine.hostDescription() + "; load average at the start " + Machine.loadAverage());
        header.add("Settings: " + config.describe() + " (closed workload: each user signs in again as soon as done)");
        Report report = new Report();
        List<Comparison> comparisons = new ArrayList<>();
        try (TwilioStub twilio = new TwilioStub();
                MailCatcher mail = new MailCatcher()) {
            Map<String, String> env = new HashMap<>(twilio.env());
            env.putAll(mail.env());
            // A part that fails is noted in the report; the figures measured before it are kept.
            if (config.figures().stream().anyMatch(f -> f <= 3)) {
                try {
                    singleServerFigures(config, env, twilio, report, comparisons);
                } catch (RuntimeException e) {
                    failed(header, "figures 1-3", e);
                }
            }
            if (config.figures().contains(4)) {
                try {
                    comparisons.add(clusterFigure(config, env, twilio, report));
                } catch (RuntimeException e) {
                    failed(header, "figure 4", e);
                }
            }
        }
        header.add("Load average at the end: " + Machine.loadAverage());
        Path md = config.out().resolve("benchmark.md");
        Files.writeString(md, report.markdown(header));
        Path png = config.out().resolve("benchmark.png");
        if (!comparisons.isEmpty()) {
            Chart.write(comparisons, Machine.cores() + " cores, " + config.concurrency() + " users", png);
        }
        System.out.println(Files.readString(md));
        System.out.println("[bench] wrote " + md.toAbsolutePath() + " and " + png.toAbsolutePath());
        System.exit(0);
    }

    /** Figures 1 and 2 on our server, then figure 3 (our server and the stock distribution, one at a time). */
    private static void singleServerFigures(
            BenchConfig config, Map<String, String> env, TwilioStub twilio, Report report, List<Comparison> out) {
        // The stock copy is taken before our server's first start puts our jars into the distribution.
        KeycloakServer stock = config.figures().contains(3) ? BenchServers.stock(databaseName() + "_stock", env) : null;
        KeycloakServer ours = BenchServers.startMyPage(env);
        try {
            if (config.figures().contains(1) || config.figures().contains(2)) {
                List<CodeSteps.Account> accounts =
                        BenchRealm.prepare(ours, config.concurrency() * config.accountsPerUser(), true);
                Runnable clear = twilio::clear;
                if (config.figures().contains(1)) {
                    out.add(compare(
                            "1",
                            "Browser sign-ins/s: MyPage flow ÷ Keycloak's stock browser flow",
                            new Report.Goal(true, 0.95),
                            new Comparison.Side(
                                    "MyPage browser flow", flow(ours, BenchRealm.MYPAGE_CLIENT, null), clear),
                            new Comparison.Side("stock browser flow", flow(ours, BenchRealm.STOCK_CLIENT, null), clear),
                            config,
                            accounts,
                            report));
                }
                if (config.figures().contains(2)) {
                    out.add(compare(
                            "2",
                            "Sign-ins/s: with an SMS code (zero-latency stub) ÷ password only",
                            new Report.Goal(true, 0.85),
                            new Comparison.Side(
                                    "SMS code (level 2)", flow(ours, BenchRealm.MYPAGE_CLIENT, twilio), clear),
                            new Comparison.Side("password only", flow(ours, BenchRealm.MYPAGE_CLIENT, null), clear),
                            config,
                            accounts,
                            report));
                }
            }
            if (stock != null) {
                BenchServers.stop(ours);
                report.startup(StartupProbe.measure(ours, stock, config.startRounds(), config.idle()));
            }
        } finally {
            BenchServers.stop(ours);
            if (stock != null) {
                BenchServers.stop(stock);
            }
        }
    }

    /** Figure 4: the same password sign-in through the balancer, pinned to node 1, or round robin over both. */
    private static Comparison clusterFigure(
            BenchConfig config, Map<String, String> env, TwilioStub twilio, Report report) {
        try (KeycloakCluster cluster = BenchServers.startCluster(env)) {
            KeycloakServer entry = cluster.node(1);
            List<CodeSteps.Account> accounts =
                    BenchRealm.prepare(entry, config.concurrency() * config.accountsPerUser(), false);
            SignInFlow flow = flow(entry, BenchRealm.MYPAGE_CLIENT, null);
            return compare(
                    "4",
                    "Sign-ins/s: one node ÷ two nodes behind the balancer (same machine)",
                    null,
                    new Comparison.Side("one node (balancer pinned)", flow, () -> {
                        twilio.clear();
                        cluster.via(1);
                    }),
                    new Comparison.Side("two nodes (round robin)", flow, () -> {
                        twilio.clear();
                        cluster.roundRobin();
                    }),
                    config,
                    accounts,
                    report);
        }
    }

    /** One figure: its two sides measured in alternating rounds, then its row in the report. */
    private static Comparison compare(
            String id,
            String title,
            Report.Goal goal,
            Comparison.Side a,
            Comparison.Side b,
            BenchConfig config,
            List<CodeSteps.Account> accounts,
            Report report) {
        Comparison c = Comparison.run("figure " + id, a, b, config, accounts);
        report.comparison(id, title, c, goal);
        return c;
    }

    private static SignInFlow flow(KeycloakServer server, String clientId, TwilioStub smsCodes) {
        return new SignInFlow(server.realmUrl(), clientId, BenchRealm.SECRET, smsCodes);
    }

    private static void failed(List<String> header, String part, RuntimeException e) {
        e.printStackTrace();
        header.add("**" + part + " failed**: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** Our server's database, as the harness names it ({@code MYPAGE_TEST_DB_NAME}). */
    private static String databaseName() {
        String name = System.getenv("MYPAGE_TEST_DB_NAME");
        return name == null || name.isBlank() ? "mypage_it" : name;
    }
}
