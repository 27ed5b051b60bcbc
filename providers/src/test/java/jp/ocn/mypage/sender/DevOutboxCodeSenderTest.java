package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevOutboxCodeSenderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            parsed.add(JSON.readTree(line));
        }
        return parsed;
    }

    private static CodeMessage message(Channel channel, String to) {
        return new CodeMessage(channel, to, "408215", Locale.JAPANESE, Duration.ofMinutes(5));
    }

    @Test
    void smsBecomesOneJsonLineWithJapaneseTextIntact() throws IOException {
        Path file = dir.resolve("nested/folders/outbox.jsonl");
        CodeSender sender = new DevOutboxCodeSender(new DevOutbox(file), PhonePolicy.japanOnly());

        SendOutcome outcome = sender.send(message(Channel.SMS, "+819012345678"));

        assertThat(outcome.sent()).isTrue();
        assertThat(outcome.messageId()).startsWith("dev-");
        List<JsonNode> lines = lines(file);
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.properties())
                    .extracting(Map.Entry::getKey)
                    .containsExactly("time", "channel", "to", "text");
            assertThat(Instant.parse(line.get("time").asText())).isBeforeOrEqualTo(Instant.now());
            assertThat(line.get("channel").asText()).isEqualTo("sms");
            assertThat(line.get("to").asText()).isEqualTo("+819012345678");
            assertThat(line.get("text").asText())
                    .isEqualTo(CodeTexts.sms(message(Channel.SMS, "+819012345678")))
                    .contains("408215", "他人に教えないでください");
        });
    }

    @Test
    void callBecomesTheWholeScriptOnOneLine() throws IOException {
        Path file = dir.resolve("outbox.jsonl");
        CodeSender sender = new DevOutboxCodeSender(new DevOutbox(file), PhonePolicy.japanOnly());

        sender.send(message(Channel.VOICE, "+81312345678"));

        JsonNode line = lines(file).get(0);
        assertThat(line.get("channel").asText()).isEqualTo("voice");
        assertThat(line.get("text").asText())
                .isEqualTo(String.join(" ", CodeTexts.voiceSentences(message(Channel.VOICE, "+81312345678"))));
    }

    @Test
    void refusedDestinationsAreNotWritten() {
        Path file = dir.resolve("outbox.jsonl");
        CodeSender sender = new DevOutboxCodeSender(new DevOutbox(file), PhonePolicy.japanOnly());

        assertThat(sender.send(message(Channel.SMS, "+81312345678")))
                .isEqualTo(SendOutcome.failed("not_allowed_destination"));
        assertThat(sender.send(message(Channel.VOICE, "+12015550123")))
                .isEqualTo(SendOutcome.failed("not_allowed_destination"));
        assertThat(file).doesNotExist();
    }

    @Test
    void concurrentSendsNeverInterleaveLines() throws Exception {
        Path file = dir.resolve("outbox.jsonl");
        // Two outboxes on one file, as two servers on one machine would have.
        List<CodeSender> senders = List.of(
                new DevOutboxCodeSender(new DevOutbox(file), PhonePolicy.japanOnly()),
                new DevOutboxCodeSender(new DevOutbox(file), PhonePolicy.japanOnly()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SendOutcome>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                CodeSender sender = senders.get(i % 2);
                Channel channel = i % 3 == 0 ? Channel.VOICE : Channel.SMS;
                sent.add(pool.submit(() -> sender.send(message(channel, "+819012345678"))));
            }
            for (Future<SendOutcome> f : sent) {
                assertThat(f.get().sent()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(lines(file))
                .hasSize(200)
                .allSatisfy(line -> assertThat(line.get("text").asText()).contains("OCN マイページ"));
    }

    @Test
    void outboxDefaultsToATempFileUnlessTheVariableNamesOne() {
        assertThat(DevOutbox.fromEnvironment(key -> null).file())
                .isEqualTo(Path.of(System.getProperty("java.io.tmpdir"), "mypage-dev-outbox.jsonl")
                        .toAbsolutePath());
        assertThat(DevOutbox.fromEnvironment(Map.of(
                                "MYPAGE_DEV_OUTBOX", dir.resolve("x.jsonl").toString())::get)
                        .file())
                .isEqualTo(dir.resolve("x.jsonl").toAbsolutePath());
    }
}
