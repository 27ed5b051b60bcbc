package jp.ocn.mypage.it.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.ocn.mypage.it.harness.SentSecrets;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;

/**
 * Someone who reads the server logs (an operator, a log shipper, whoever steals them) must find no code, password,
 * token or full phone number in them. Runs after every other integration test, in a failsafe execution of its own
 * (integration-tests/pom.xml, {@code log-secrets}), over the logs of every server of the run (one-node server and
 * cluster nodes), with what the run's Twilio stub received ({@link SentSecrets}).
 */
class ServerLogsHoldNoSecretsIT {

    /** Our test passwords' shapes (Code-Test-2026!, Mypage-Demo-2026, Wrong-Password-1 ...). */
    private static final Pattern PASSWORD = Pattern.compile("(?<![A-Za-z])(?:[A-Z][a-z]+-[A-Z][a-z]+-20[0-9]{2}[!#]?"
            + "|Wrong-Password-[0-9A-Za-z]|not-the-password|Password1234!|Correct-Horse-2026|Zz!-Secret)");
    /** A signed or encrypted JWT: access, ID, refresh, logout and action tokens alike. */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}\\.");
    /**
     * A whole Japanese phone number, international or national, with or without hyphens, as a word of its own (not
     * inside an identifier such as a Twilio account SID).
     */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![0-9A-Za-z])(?:\\+81|0)" + "(?:[1-9]0-?[0-9]{4}-?[0-9]{4}|[1-9]-?[0-9]{4}-?[0-9]{4})(?![0-9A-Za-z])");

    /** A code as a word of its own (not inside an ID, a UUID or a longer number). */
    private static final Pattern SIX_DIGITS = Pattern.compile("(?<![0-9A-Za-z])[0-9]{6}(?![0-9A-Za-z])");

    @Test
    void aLogReaderFindsNoCodePasswordTokenOrPhoneNumber() throws IOException {
        Path target = Path.of(System.getProperty("mypage.keycloak.home")).getParent();
        Path records = target.resolve(SentSecrets.DIR);
        Set<Path> logs = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        Set<String> literals = new LinkedHashSet<>();
        if (Files.isDirectory(records)) {
            try (Stream<Path> files = Files.list(records)) {
                for (Path record : files.toList()) {
                    for (String line : Files.readAllLines(record)) {
                        String value = line.substring(line.indexOf(' ') + 1);
                        switch (line.substring(0, line.indexOf(' '))) {
                            case "log" -> logs.add(Path.of(value));
                            case "code" -> codes.add(value);
                            case "secret" -> literals.add(value);
                            default -> {
                                // "phone": any whole phone number is caught by PHONE, whoever it belongs to
                            }
                        }
                    }
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            if (!Files.exists(log)) {
                continue;
            }
            int number = 0;
            // Streamed, and undecodable bytes replaced rather than refused: the whole suite's log is large.
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(Files.newInputStream(log), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    String where = log.getParent().getFileName() + "/" + log.getFileName() + ":" + number + ": ";
                    findings(line, codes, literals).forEach(what -> found.add(where + what));
                }
            }
        }
        if (Files.isDirectory(records)) {
            // Consumed: the next run checks its own logs only.
            try (Stream<Path> files = Files.list(records)) {
                for (Path record : files.toList()) {
                    Files.delete(record);
                }
            }
        }
        System.out.printf(
                "[log-check] %d logs checked for %d codes sent, %d secrets, passwords, tokens and phone numbers%n",
                logs.size(), codes.size(), literals.size());
        assertThat(found).as("secrets in server logs").isEmpty();
    }

    private static List<String> findings(String line, Set<String> codes, Set<String> literals) {
        List<String> found = new ArrayList<>();
        Matcher password = PASSWORD.matcher(line);
        if (password.find()) {
            found.add("a password (" + password.group() + ")");
        }
        if (JWT.matcher(line).find()) {
            found.add("a token");
        }
        Matcher phone = PHONE.matcher(line);
        while (phone.find()) {
            if (!phone.group().equals(TwilioStub.FROM)) {
                found.add("a phone number (" + phone.group() + ")");
            }
        }
        for (String literal : literals) {
            if (line.contains(literal)) {
                found.add("a secret (" + literal + ")");
            }
        }
        Matcher words = SIX_DIGITS.matcher(line);
        while (words.find()) {
            if (codes.contains(words.group())) {
                found.add("a code that was sent (" + words.group() + ")");
            }
        }
        return found;
    }
}
