package jp.ocn.mypage.realmapply.legacy;

import java.nio.file.Path;
import java.util.Map;
import jp.ocn.mypage.realmapply.AdminClient;
import jp.ocn.mypage.realmapply.ConfigException;
import jp.ocn.mypage.realmapply.RealmApplyCommand;

/**
 * {@code java -cp mypage-realm-apply.jar jp.ocn.mypage.realmapply.legacy.LegacyImportCommand [options] EXPORT.jsonl}:
 * imports accounts of the old system with their password hashes ({@link LegacyImport}). Credentials from the
 * environment as for the apply command. Exit status 0 done (refused records are listed in the rejects file), 1
 * failed (rerun to resume), 2 wrong usage.
 */
public final class LegacyImportCommand {

    static final String USAGE = """
            Usage: java -cp mypage-realm-apply.jar jp.ocn.mypage.realmapply.legacy.LegacyImportCommand \\
                     [--server URL] [--realm mypage] [--batch 500] [--state FILE] [--rejects FILE] EXPORT.jsonl
              --state FILE    lines done so far, for resuming (default EXPORT.jsonl.state)
              --rejects FILE  refused records, one JSON line each (default EXPORT.jsonl.rejects)
              Environment:    as the apply command (MYPAGE_APPLY_USERNAME / MYPAGE_APPLY_PASSWORD, ...)
            """;

    private LegacyImportCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    static int run(String[] args, Map<String, String> env) {
        String server = env.getOrDefault("MYPAGE_APPLY_SERVER", "http://localhost:8080");
        String realm = "mypage";
        int batch = 500;
        Path state = null;
        Path rejects = null;
        Path export = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--server" -> server = args[++i];
                    case "--realm" -> realm = args[++i];
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--state" -> state = Path.of(args[++i]);
                    case "--rejects" -> rejects = Path.of(args[++i]);
                    default -> {
                        if (args[i].startsWith("-") || export != null) {
                            System.err.print(USAGE);
                            return 2;
                        }
                        export = Path.of(args[i]);
                    }
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            System.err.print(USAGE);
            return 2;
        }
        if (export == null || batch < 1 || batch > 5000) {
            System.err.print(USAGE);
            return 2;
        }
        state = state != null ? state : Path.of(export + ".state");
        rejects = rejects != null ? rejects : Path.of(export + ".rejects");
        try {
            AdminClient admin = new AdminClient(server, RealmApplyCommand.credentials(env));
            LegacyImport.Report r =
                    new LegacyImport(admin, realm, batch, System.out::println).run(export, state, rejects);
            System.out.printf(
                    "legacy-import: done: %d lines (resumed after line %d), %d added, %d skipped, %d refused (see %s)%n",
                    r.lines(), r.resumedAt(), r.added(), r.skipped(), r.refused(), rejects);
            return 0;
        } catch (ConfigException | java.io.UncheckedIOException e) {
            System.err.println("legacy-import: " + e.getMessage() + " (rerun to resume from " + state + ")");
            return 1;
        }
    }
}
