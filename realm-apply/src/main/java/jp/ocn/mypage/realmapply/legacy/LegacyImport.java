package jp.ocn.mypage.realmapply.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.ocn.mypage.realmapply.AdminClient;
import jp.ocn.mypage.realmapply.ConfigException;

/**
 * Imports an export file (JSON lines, {@link LegacyExportRecord}) in batches: each batch is first checked by the
 * server ({@code POST /realms/{realm}/mypage-legacy-hashes/check}, the same reading and limits as the sign-in), the
 * usable records then go through Keycloak's partial import with {@code ifResourceExists: SKIP}. Refused records go
 * to the rejects file (line, ocnId, error, message) and are left out; the rest of the batch is imported. Should the
 * partial import refuse a batch anyway (all or nothing), that batch is retried record by record. After each batch
 * the number of lines done is written to the state file, so a rerun resumes there; a batch imported but not yet
 * recorded is skipped by SKIP on the rerun.
 */
public final class LegacyImport {

    static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a run did. */
    public record Report(long lines, long added, long skipped, long refused, long resumedAt) {}

    private final AdminClient admin;
    private final String realm;
    private final int batchSize;
    private final Consumer<String> out;

    public LegacyImport(AdminClient admin, String realm, int batchSize, Consumer<String> out) {
        this.admin = admin;
        this.realm = realm;
        this.batchSize = batchSize;
        this.out = out;
    }

    public Report run(Path export, Path state, Path rejects) {
        long done = linesDone(state);
        long lineNo = 0;
        long added = 0;
        long skipped = 0;
        long refused = 0;
        long started = System.nanoTime();
        List<Line> batch = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                lineNo++;
                if (lineNo <= done || text.isBlank()) {
                    continue;
                }
                batch.add(new Line(lineNo, text));
                if (batch.size() == batchSize) {
                    long[] r = importBatch(batch, rejects);
                    added += r[0];
                    skipped += r[1];
                    refused += r[2];
                    record(state, lineNo);
                    progress(lineNo, added, skipped, refused, started);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                long[] r = importBatch(batch, rejects);
                added += r[0];
                skipped += r[1];
                refused += r[2];
            }
            record(state, lineNo);
            progress(lineNo, added, skipped, refused, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Report(lineNo, added, skipped, refused, done);
    }

    /** {added, skipped, refused} of one batch. */
    private long[] importBatch(List<Line> lines, Path rejects) {
        List<Line> usable = new ArrayList<>();
        long refused = 0;
        for (Line line : lines) {
            try {
                line.user = LegacyExportRecord.toUser(MAPPER.readTree(line.text));
                usable.add(line);
            } catch (IOException | IllegalArgumentException e) {
                reject(rejects, line, null, "invalid", e.getMessage());
                refused++;
            }
        }
        AdminClient.Answer check = admin.exchange(
                "POST", "/realms/" + realm + "/mypage-legacy-hashes/check", Map.of("users", users(usable)));
        if (check.status() != 200) {
            throw new ConfigException("check of lines " + lines.get(0).no + "-" + lines.get(lines.size() - 1).no
                    + " failed: " + check.status() + " " + check.body());
        }
        List<Line> good = new ArrayList<>(usable);
        for (JsonNode error : check.json().path("errors")) {
            Line line = usable.get(error.get("index").asInt());
            if (good.remove(line)) {
                refused++;
            }
            reject(
                    rejects,
                    line,
                    error.path("username").asText(),
                    error.path("error").asText(),
                    error.path("message").asText());
        }
        long[] result = partialImport(good);
        if (result == null) { // the batch was refused whole: one by one, so only the bad record stays out
            result = new long[] {0, 0, 0};
            for (Line line : good) {
                long[] one = partialImport(List.of(line));
                if (one == null) {
                    reject(rejects, line, line.username(), "import_refused", lastRefusal);
                    result[2]++;
                } else {
                    result[0] += one[0];
                    result[1] += one[1];
                }
            }
        }
        return new long[] {result[0], result[1], result[2] + refused};
    }

    private String lastRefusal;

    /** {added, skipped} or null when the server refused the batch. */
    private long[] partialImport(List<Line> lines) {
        if (lines.isEmpty()) {
            return new long[] {0, 0, 0};
        }
        AdminClient.Answer r = admin.exchange(
                "POST",
                "/admin/realms/" + realm + "/partialImport",
                Map.of("ifResourceExists", "SKIP", "users", users(lines)));
        if (r.status() != 200) {
            lastRefusal = r.status() + " " + r.body();
            return null;
        }
        return new long[] {
            r.json().path("added").asLong(), r.json().path("skipped").asLong(), 0
        };
    }

    private static List<Map<String, Object>> users(List<Line> lines) {
        return lines.stream().map(l -> l.user).toList();
    }

    private void reject(Path rejects, Line line, String username, String error, String message) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("line", line.no);
        row.put("ocnId", username != null ? username : line.username());
        row.put("error", error);
        row.put("message", message);
        try {
            String json = MAPPER.writeValueAsString(row);
            out.accept("legacy-import: refused " + json);
            Files.writeString(
                    rejects, json + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void progress(long lineNo, long added, long skipped, long refused, long started) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        out.accept(String.format(
                "legacy-import: line %d: %d added, %d skipped (existing), %d refused, %.1f accounts/s",
                lineNo, added, skipped, refused, (added + skipped) / seconds));
    }

    private static long linesDone(Path state) {
        try {
            return Files.exists(state)
                    ? MAPPER.readTree(state.toFile()).path("linesDone").asLong()
                    : 0;
        } catch (IOException e) {
            throw new ConfigException("state file " + state + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static void record(Path state, long linesDone) throws IOException {
        Path tmp = state.resolveSibling(state.getFileName() + ".tmp");
        Files.writeString(tmp, MAPPER.writeValueAsString(Map.of("linesDone", linesDone)), StandardCharsets.UTF_8);
        Files.move(tmp, state, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final class Line {
        final long no;
        final String text;
        Map<String, Object> user;

        Line(long no, String text) {
            this.no = no;
            this.text = text;
        }

        String username() {
            if (user != null) {
                return (String) user.get("username");
            }
            try {
                return MAPPER.readTree(text).path("ocnId").asText(null);
            } catch (IOException e) {
                return null;
            }
        }
    }
}
