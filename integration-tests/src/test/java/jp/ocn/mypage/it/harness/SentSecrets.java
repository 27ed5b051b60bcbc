package jp.ocn.mypage.it.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ocn.mypage.testsupport.TwilioStub;

/**
 * What a test run's server logs must never hold, written when the run's servers stop: the logs to read, every code
 * and number the Twilio stub received, and the stub's auth token. The log-secret check
 * ({@code ServerLogsHoldNoSecretsIT}) runs afterwards in a failsafe execution of its own and reads these records
 * from {@link #DIR} (under {@code target/}, deleted by the check).
 */
public final class SentSecrets {

    public static final String DIR = "mypage-log-check";
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9])([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}"
            + "([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}([0-9])[^0-9]{0,4}([0-9])(?![0-9])");

    private SentSecrets() {}

    /** Writes one record: {@code log <path>}, {@code code <digits>}, {@code phone <E.164>}, {@code secret <text>}. */
    static void record(List<Path> logs, TwilioStub twilio) {
        List<String> lines = new ArrayList<>();
        logs.forEach(log -> lines.add("log " + log.toAbsolutePath()));
        lines.add("secret " + TwilioStub.AUTH_TOKEN);
        for (TwilioStub.Recorded r : twilio.requests()) {
            String to = r.form().get("To");
            if (to != null) {
                lines.add("phone " + to);
            }
            String text = r.form().containsKey("Body")
                    ? r.form().get("Body")
                    : r.form().getOrDefault("Twiml", "").replaceAll("<[^>]+>", " ");
            Matcher m = SIX_DIGITS.matcher(text);
            while (m.find()) {
                StringBuilder code = new StringBuilder();
                for (int i = 1; i <= 6; i++) {
                    code.append(m.group(i));
                }
                lines.add("code " + code);
            }
        }
        try {
            Path target = logs.get(0).toAbsolutePath().getParent().getParent();
            Path dir = Files.createDirectories(target.resolve(DIR));
            Files.write(dir.resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".txt"), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
