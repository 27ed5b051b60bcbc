package jp.ocn.mypage.sender;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The development outbox: one JSON object per line, {@code {"time","channel","to","text"}}, appended whole.
 * The monitor keeps threads of this JVM apart, the file lock keeps apart two servers sharing one file.
 */
final class DevOutbox {

    static final String ENV = "MYPAGE_DEV_OUTBOX";
    static final String DEFAULT_FILE_NAME = "mypage-dev-outbox.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object WRITING = new Object();

    private final Path file;

    DevOutbox(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** {@value #ENV} when set, else {@value #DEFAULT_FILE_NAME} in the system temp folder. */
    static DevOutbox fromEnvironment(Function<String, String> env) {
        String configured = env.apply(ENV);
        return new DevOutbox(
                configured == null || configured.isBlank()
                        ? Path.of(System.getProperty("java.io.tmpdir"), DEFAULT_FILE_NAME)
                        : Path.of(configured.trim()));
    }

    Path file() {
        return file;
    }

    void append(Instant time, Channel channel, String toE164, String text) throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("time", time.toString());
        entry.put("channel", channel.eventValue());
        entry.put("to", toE164);
        entry.put("text", text);
        ByteBuffer line = ByteBuffer.wrap((json(entry) + "\n").getBytes(StandardCharsets.UTF_8));
        synchronized (WRITING) {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (FileChannel channelToFile = FileChannel.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                    FileLock lock = channelToFile.lock()) {
                while (line.hasRemaining()) {
                    channelToFile.write(line);
                }
            }
        }
    }

    private static String json(Map<String, String> entry) throws JsonProcessingException {
        return JSON.writeValueAsString(entry);
    }
}
