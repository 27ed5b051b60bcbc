package jp.ocn.mypage.realmapply.legacy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.ocn.mypage.realmapply.AdminClient;
import jp.ocn.mypage.realmapply.RealmApplyCommand;

/**
 * Benchmark, not a test: {@code java -cp realm-apply/target/mypage-realm-apply.jar
 * jp.ocn.mypage.realmapply.legacy.LegacyImportBenchmark [--server URL] [--count 100000] [--batch 1000] [--pid PID]}.
 * Writes an export of {@code count} accounts (half bcrypt cost 10, half scrypt N=16384; the same hash each, so
 * the export costs nothing to make; the import never hashes), imports it with {@link LegacyImport} and prints
 * accounts per second and the server's resident memory (VmRSS of {@code /proc/PID/status}, sampled every second:
 * during and at its peak). Run it against a throwaway realm database: the accounts stay.
 */
public final class LegacyImportBenchmark {

    private static final String BCRYPT = "$2a$10$.OeNDfyiIxG3OCbMTTvhYeeuh4MYr5USjVQVFFHR2jUzcyHfK5nsy";

    private LegacyImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        String server = env.getOrDefault("MYPAGE_APPLY_SERVER", "http://localhost:8080");
        int count = 100_000;
        int batch = 1000;
        long pid = -1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--server" -> server = args[i + 1];
                case "--count" -> count = Integer.parseInt(args[i + 1]);
                case "--batch" -> batch = Integer.parseInt(args[i + 1]);
                case "--pid" -> pid = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("legacy-bench");
        Path export = dir.resolve("export.jsonl");
        writeExport(export, count, Long.toString(System.currentTimeMillis(), 36));
        AtomicLong peak = new AtomicLong();
        long serverPid = pid;
        Thread sampler = new Thread(() -> sample(serverPid, peak));
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        LegacyImport.Report r = new LegacyImport(
                        new AdminClient(server, RealmApplyCommand.credentials(env)),
                        "mypage",
                        batch,
                        line -> System.out.println(line + rss(serverPid)))
                .run(export, dir.resolve("state"), dir.resolve("rejects"));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "legacy-benchmark: %d accounts (%d added, %d refused) in %.1f s: %.1f accounts/s; server RSS peak %s%n",
                r.lines(),
                r.added(),
                r.refused(),
                seconds,
                r.added() / seconds,
                serverPid < 0 ? "not sampled (--pid)" : peak.get() / 1024 + " MiB");
    }

    private static void writeExport(Path export, int count, String run) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String id = "bench-" + run + "-" + i + "@bench.example";
                String hash = i % 2 == 0
                        ? "\"algorithm\":\"bcrypt\",\"hash\":\"" + BCRYPT + "\""
                        : "\"algorithm\":\"scrypt\",\"n\":16384,\"r\":8,\"p\":1,\"salt\":\"bXlwYWdlLWxlZ2FjeS1zYWx0\","
                                + "\"key\":\"3msJcBhpmTemQd9jhnBklS6jJF2Mc/c8T6OrAIX/iHI=\"";
                w.write("{\"ocnId\":\"" + id + "\",\"lastName\":\"移行\",\"firstName\":\"太郎\"," + hash + "}\n");
            }
        }
    }

    private static void sample(long pid, AtomicLong peakKb) {
        while (pid >= 0) {
            peakKb.accumulateAndGet(rssKb(pid), Math::max);
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String rss(long pid) {
        return pid < 0 ? "" : ", server RSS " + rssKb(pid) / 1024 + " MiB";
    }

    private static long rssKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended or is not readable: no sample
        }
        return 0;
    }
}
