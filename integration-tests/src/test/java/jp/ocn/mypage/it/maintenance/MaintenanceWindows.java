package jp.ocn.mypage.it.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Maintenance windows a test opens through the operator API, all removed after each test
 * ({@code @RegisterExtension}). Windows of the tests concern only their own client, so no other test's sign-in
 * meets one even while a window is open.
 */
public final class MaintenanceWindows implements AfterEachCallback {

    static final String CLIENT_ID = "mypage-maintenance-it";
    static final String CLIENT_SECRET = "mypage-maintenance-it-secret";
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Fixtures fx;
    private final List<String> opened = new ArrayList<>();

    public MaintenanceWindows(Fixtures fx) {
        this.fx = fx;
        if (fx.admin().get("/clients?clientId=" + CLIENT_ID).isEmpty()) {
            fx.admin().createClient(CLIENT_ID, CLIENT_SECRET, Map.of());
        }
    }

    /** POSTs a window for the test client; the reply as it came. */
    public JsonHttp.Reply post(Instant start, Instant end) {
        return post(start, end, fx.admin().token());
    }

    /** As {@link #post(Instant, Instant)} with an operator token fetched beforehand (for requests raced at once). */
    public JsonHttp.Reply post(Instant start, Instant end, String operatorToken) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start.toString());
        body.put("end", end.toString());
        body.put("message", Map.of("ja", "設備工事のため", "en", "Network works"));
        body.put("clients", List.of(CLIENT_ID));
        return fx.admin()
                .call(
                        "POST",
                        fx.server().realmUrl() + "/mypage-maintenance/windows",
                        JsonHttp.json(body),
                        operatorToken);
    }

    /** Opens a window that must be accepted; returns its ID. */
    public String open(Instant start, Instant end) {
        JsonHttp.Reply r = post(start, end);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().get("id").asText();
        opened.add(id);
        return id;
    }

    public JsonHttp.Reply call(String method, String path, String body) {
        return fx.admin()
                .call(
                        method,
                        fx.server().realmUrl() + "/mypage-maintenance" + path,
                        body,
                        fx.admin().token());
    }

    /** {@code HH:MM} in JST, as the pages show times. */
    static String jst(Instant time) {
        return HH_MM.format(time.atZone(ZoneId.of("Asia/Tokyo")));
    }

    /** Removes {@code id} after the test, as for a window {@link #open} opened (for windows posted otherwise). */
    public void removeAfterTest(String id) {
        synchronized (opened) {
            opened.add(id);
        }
    }

    public static Instant inMinutes(long minutes) {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(minutes, ChronoUnit.MINUTES);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(id -> call("DELETE", "/windows/" + id, null));
        opened.clear();
    }
}
