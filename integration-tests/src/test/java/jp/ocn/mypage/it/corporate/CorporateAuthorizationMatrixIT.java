package jp.ocn.mypage.it.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * design.md's "Who", every endpoint × every kind of caller × {the caller's own corporation, the other one}, on the
 * demo corporations サンプル商事 (N678901234) and テスト工業 (N789012345), with password sign-ins (level 1): members
 * with {@code manage} get the step-up challenge on state-changing calls and 200 on reads, other members 403, every
 * outsider 404, no token 401. Nothing of the other corporation is read or written.
 */
@ExtendWith(MyPageServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorporateAuthorizationMatrixIT {

    private static final String SHOJI = "N678901234";
    private static final String KOGYO = "N789012345";
    private static final String UNKNOWN_APPROVAL = "00000000-0000-0000-0000-000000000000";

    /** A caller: its OCN ID (null: no token) and the corporation it belongs to (null: none). */
    private record Caller(String label, String ocnId, String corporation, boolean manager) {}

    private static final List<Caller> CALLERS = List.of(
            new Caller("representative", "daihyo@shoji.example.jp", SHOJI, true),
            new Caller("管理", "kanri@shoji.example.jp", SHOJI, true),
            new Caller("承認", "shonin@shoji.example.jp", SHOJI, false),
            new Caller("申請", "shinsei@shoji.example.jp", SHOJI, false),
            new Caller("閲覧", "etsuran@shoji.example.jp", SHOJI, false),
            new Caller("other corporation's representative", "daihyo@kogyo.example.jp", KOGYO, true),
            new Caller("individual customer", "taro.yamada@ocn.ne.jp", null, false),
            new Caller("no token", null, null, false));

    private record Endpoint(String method, String path, boolean changes, boolean approval) {}

    private final CorporateSteps steps;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    CorporateAuthorizationMatrixIT(Fixtures fixtures) {
        this.steps = new CorporateSteps(fixtures);
    }

    @BeforeAll
    void signEveryoneIn() {
        for (Caller c : CALLERS) {
            if (c.ocnId() != null) {
                tokens.put(c.ocnId(), steps.signIn(c.ocnId(), LoginClient.DEMO_PASSWORD));
            }
        }
    }

    /** The endpoints of design.md for one corporation; member paths name a member of that corporation. */
    private static List<Endpoint> endpoints(String corporation) {
        String member =
                "/members/" + (corporation.equals(SHOJI) ? "etsuran@shoji.example.jp" : "daihyo@kogyo.example.jp");
        return List.of(
                new Endpoint("GET", "/members", false, false),
                new Endpoint("POST", "/members", true, false),
                new Endpoint("PUT", member + "/roles", true, false),
                new Endpoint("POST", member + "/deputy", true, false),
                new Endpoint("POST", member + "/disable", true, false),
                new Endpoint("GET", member, false, false),
                new Endpoint("POST", member + "/unlock", true, false),
                new Endpoint("POST", member + "/password-reset", true, false),
                new Endpoint("PUT", member + "/phone", true, false),
                new Endpoint("GET", "/approvals", false, false),
                new Endpoint("POST", "/approvals/" + UNKNOWN_APPROVAL + "/approve", true, true),
                new Endpoint("POST", "/approvals/" + UNKNOWN_APPROVAL + "/reject", true, true),
                new Endpoint("GET", "/audit", false, false),
                new Endpoint("GET", "/audit?format=csv", false, false),
                new Endpoint("POST", "/representative-transfer", true, false),
                new Endpoint("POST", "/representative-transfer/accept", true, false));
    }

    private static Map<String, Object> body(Endpoint e) {
        if (e.path().endsWith("/members")) {
            return Map.of(
                    "ocnId",
                    "matrix-" + System.nanoTime() + "@example.jp",
                    "name",
                    "試験",
                    "phone",
                    "090-7999-0001",
                    "roles",
                    List.of("view"),
                    "reason",
                    "matrix");
        }
        if (e.path().endsWith("/roles")) {
            return Map.of("roles", List.of("view", "manage"), "reason", "matrix");
        }
        if (e.path().endsWith("/representative-transfer")) {
            return Map.of("ocnId", "etsuran@shoji.example.jp", "reason", "matrix");
        }
        if (e.path().endsWith("/phone")) {
            return Map.of("phone", "090-7999-0002", "reason", "matrix");
        }
        if (e.path().endsWith("/deputy")) {
            return Map.of("until", "2099-01-01T00:00:00+09:00", "reason", "matrix");
        }
        return Map.of("reason", "matrix");
    }

    /** design.md's status for a caller and an endpoint of a corporation, with a level-1 token. */
    private static int expected(Caller caller, String corporation, Endpoint e) {
        if (caller.ocnId() == null) {
            return 401;
        }
        if (!corporation.equals(caller.corporation())) {
            return 404;
        }
        if (e.path().endsWith("/accept")) {
            return 404; // no transfer names this member
        }
        if (e.path().endsWith("/representative-transfer") && !caller.label().contains("representative")) {
            return 403; // the representative's alone, 管理 or not
        }
        if (!caller.manager()) {
            return 403;
        }
        if (e.approval()) {
            return 404; // no such approval in this corporation
        }
        return e.changes() ? 401 : 200;
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheContractSaysForBothCorporations() {
        JsonNode shojiBefore = members(SHOJI);
        JsonNode kogyoBefore = members(KOGYO);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String corporation : List.of(SHOJI, KOGYO)) {
            for (Endpoint e : endpoints(corporation)) {
                for (Caller c : CALLERS) {
                    Reply r = steps.call(
                            e.method(),
                            corporation,
                            e.path(),
                            c.ocnId() == null ? null : tokens.get(c.ocnId()),
                            e.method().equals("GET") ? null : body(e));
                    int want = expected(c, corporation, e);
                    checked++;
                    if (r.status() != want) {
                        wrong.add(c.label() + " " + e.method() + " " + corporation + e.path() + ": " + r.status()
                                + " (want " + want + ") " + r.body());
                    } else if (want == 401 && c.ocnId() != null) {
                        assertThat(r.header("WWW-Authenticate"))
                                .isEqualTo("Bearer error=\"insufficient_user_authentication\", acr_values=\"2\","
                                        + " max_age=300");
                    } else if (want == 404 || want == 403) {
                        assertThat(r.json().fieldNames())
                                .toIterable()
                                .containsExactlyInAnyOrder("error", "error_description");
                    }
                }
            }
        }
        assertThat(wrong).as("checked " + checked).isEmpty();
        assertThat(checked).isEqualTo(2 * endpoints(SHOJI).size() * CALLERS.size());
        assertThat(members(SHOJI)).as("nothing written").isEqualTo(shojiBefore);
        assertThat(members(KOGYO)).as("nothing written").isEqualTo(kogyoBefore);
    }

    @Test
    void aRefusedCallerLeavesARowInTheCorporationsAuditLog() {
        steps.call("GET", SHOJI, "/members", tokens.get("shinsei@shoji.example.jp"), null);
        steps.call("GET", SHOJI, "/members", tokens.get("daihyo@kogyo.example.jp"), null);
        JsonNode entries = steps.call("GET", SHOJI, "/audit", tokens.get("daihyo@shoji.example.jp"), null)
                .json()
                .get("entries");
        assertThat(entries.get(0).get("actor").asText()).isEqualTo("daihyo@kogyo.example.jp");
        assertThat(entries.get(0).get("result").asText()).isEqualTo("not_found");
        assertThat(entries.get(1).get("actor").asText()).isEqualTo("shinsei@shoji.example.jp");
        assertThat(entries.get(1).get("result").asText()).isEqualTo("forbidden");
    }

    private JsonNode members(String corporation) {
        String representative = corporation.equals(SHOJI) ? "daihyo@shoji.example.jp" : "daihyo@kogyo.example.jp";
        JsonNode list = steps.call("GET", corporation, "/members", tokens.get(representative), null)
                .json();
        // lastSignIn moves with every sign-in of the test; the rest must not change.
        list.get("members").forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m).remove("lastSignIn"));
        return list;
    }
}
