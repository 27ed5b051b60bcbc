package jp.ocn.mypage.it.maintenance;

import static jp.ocn.mypage.it.maintenance.MaintenanceWindows.inMinutes;
import static jp.ocn.mypage.it.maintenance.MaintenanceWindows.jst;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.ResetMails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Planned maintenance: announced on the login page, sign-in refused while it lasts, operators let in. */
@ExtendWith(MyPageServerExtension.class)
class MaintenanceWindowIT {

    private final Fixtures fx;

    @RegisterExtension
    final MaintenanceWindows windows;

    @RegisterExtension
    final RealmAttributes realm;

    MaintenanceWindowIT(Fixtures fx) {
        this.fx = fx;
        this.windows = new MaintenanceWindows(fx);
        this.realm = new RealmAttributes(fx.admin());
    }

    private LoginClient browser() {
        return new LoginClient(fx.server(), "ja", MaintenanceWindows.CLIENT_ID, MaintenanceWindows.CLIENT_SECRET);
    }

    @Test
    void theLoginPageAnnouncesAWindowThatStartsWithinTheNoticePeriod() {
        Instant start = inMinutes(90);
        Instant end = inMinutes(150);
        windows.open(start, end);

        String notice = browser().openLoginPage().select("#mypage-maintenance").text();

        assertThat(notice).contains("メンテナンスのお知らせ").contains(jst(start)).contains(jst(end));
        assertThat(notice).contains("設備工事のため");
        assertThat(fx.browser().openLoginPage().select("#mypage-maintenance"))
                .as("another client's login page")
                .isEmpty();
    }

    @Test
    void aWindowFurtherAheadThanTheNoticePeriodIsNotYetAnnounced() {
        realm.set("mypage.maintenance.noticeMinutes", "60");
        windows.open(inMinutes(90), inMinutes(150));

        assertThat(browser().openLoginPage().select("#mypage-maintenance")).isEmpty();
    }

    @Test
    void duringAWindowSignInIsRefusedWithTheEndTimeInJapanTime() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        Instant end = inMinutes(30);
        windows.open(inMinutes(-1), end);

        LoginClient client = browser();
        assertThat(client.openLoginPage().select("#mypage-maintenance").text())
                .contains("メンテナンス中")
                .contains(jst(end));
        LoginClient.Outcome outcome = client.login(account.username(), CodeSteps.PASSWORD);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).contains("メンテナンス中のため、ログインできません").contains(jst(end) + "（日本時間）");
        assertThat(outcome.page().selectFirst("form#kc-form-login")).isNull();
        String userId = fx.admin().userId(account.username());
        LockoutSteps.await("the refusal event", 5000, () -> !fx.admin()
                .eventsOf("LOGIN_ERROR", userId)
                .isEmpty());
        assertThat(fx.admin()
                        .eventsOf("LOGIN_ERROR", userId)
                        .get(0)
                        .get("error")
                        .asText())
                .isEqualTo("mypage_maintenance");
    }

    @Test
    void aWrongPasswordDuringAWindowIsAnsweredAsAlwaysAndShowsNoRefusalPage() {
        windows.open(inMinutes(-1), inMinutes(30));

        LoginClient.Outcome outcome = browser().login("taro.yamada@ocn.ne.jp", "not-the-password");

        assertThat(outcome.error()).contains("正しくありません");
    }

    @Test
    void anOperatorSignsInDuringAWindow() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        grantOperator(fx.admin().userId(account.username()));
        windows.open(inMinutes(-1), inMinutes(30));

        LoginClient client = browser();
        LoginClient.Outcome outcome = client.laterForLinkOffer(client.login(account.username(), CodeSteps.PASSWORD));

        assertThat(outcome.signedIn()).as(outcome.body()).isTrue();
    }

    @Test
    void signInWorksAgainOnceTheWindowIsOver() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(4);
        windows.open(inMinutes(-1), end);
        assertThat(browser().login(account.username(), CodeSteps.PASSWORD).signedIn())
                .isFalse();

        Thread.sleep(Math.max(0, end.toEpochMilli() - System.currentTimeMillis()) + 500);

        LoginClient client = browser();
        assertThat(client.openLoginPage().select("#mypage-maintenance")).isEmpty();
        assertThat(client.laterForLinkOffer(client.login(account.username(), CodeSteps.PASSWORD))
                        .signedIn())
                .isTrue();
    }

    @Test
    void theResetRouteIsRefusedDuringAWindowToo() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        Instant end = inMinutes(30);
        LoginClient client = browser();
        String link = ResetMails.request(client, fx.mail(), account.username());
        windows.open(inMinutes(-1), end);

        LoginClient.Outcome outcome = client.open(link);

        assertThat(outcome.page().text()).contains("メンテナンス中のため").contains(jst(end));
        assertThat(outcome.page().select("input[type=password]"))
                .as("no new-password form")
                .isEmpty();
    }

    @Test
    void refreshKeepsWorkingDuringAWindowUnlessTheRealmRefusesIt() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = browser();
        LoginClient.Outcome in = client.laterForLinkOffer(client.login(account.username(), CodeSteps.PASSWORD));
        String refreshToken = client.tokens(in.code()).get("refresh_token").asText();
        windows.open(inMinutes(-1), inMinutes(30));

        JsonHttp.Reply allowed = client.refresh(refreshToken);
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);

        realm.set("mypage.maintenance.refuseRefresh", "true");
        JsonHttp.Reply refused =
                client.refresh(allowed.json().get("refresh_token").asText());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void anEndNotAfterTheStartIsRefusedWithAJsonError() {
        Instant start = inMinutes(60);

        for (Instant end : List.of(start, start.minusSeconds(60))) {
            JsonHttp.Reply r = windows.post(start, end);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("error").asText()).isEqualTo("invalid_window");
            assertThat(r.json().get("error_description").asText()).contains("end must be after start");
        }
    }

    @Test
    void anOverlappingWindowIsRefusedAndTheFirstStays() {
        String first = windows.open(inMinutes(60), inMinutes(120));

        JsonHttp.Reply overlapping = windows.post(inMinutes(90), inMinutes(180));

        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.json().get("error_description").asText())
                .contains("overlaps")
                .contains(first);
        JsonNode list = windows.call("GET", "/windows", null).json().get("windows");
        assertThat(list.findValuesAsText("id")).contains(first);
    }

    @Test
    void unreadableWindowsAreRefusedWithAJsonError() {
        for (String body : List.of(
                "not json",
                "{}",
                "{\"start\":\"tomorrow\",\"end\":\"2030-01-01T00:00:00+09:00\",\"message\":{\"ja\":\"x\"}}",
                "{\"start\":\"2030-01-01T00:00:00+09:00\",\"end\":\"2030-01-01T01:00:00+09:00\"}")) {
            JsonHttp.Reply r = windows.call("POST", "/windows", body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.json().has("error_description")).isTrue();
        }
    }

    @Test
    void aWindowIsListedAndCanBeDeleted() {
        Instant start = inMinutes(600);
        String id = windows.open(start, inMinutes(660));

        JsonNode listed = windows.call("GET", "/windows", null).json().get("windows");
        assertThat(listed).anySatisfy(w -> {
            assertThat(w.get("id").asText()).isEqualTo(id);
            assertThat(Instant.parse(w.get("start").asText().replace("+09:00", "Z"))
                            .minusSeconds(9 * 3600))
                    .isEqualTo(start);
            assertThat(w.get("message").get("ja").asText()).isEqualTo("設備工事のため");
            assertThat(w.get("clients").get(0).asText()).isEqualTo(MaintenanceWindows.CLIENT_ID);
        });

        assertThat(windows.call("DELETE", "/windows/" + id, null).status()).isEqualTo(204);
        assertThat(windows.call("GET", "/windows", null).json().get("windows").findValuesAsText("id"))
                .doesNotContain(id);
        assertThat(windows.call("DELETE", "/windows/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void withoutAnOperatorTokenTheWindowsStayClosed() {
        JsonHttp.Reply none =
                fx.admin().call("GET", fx.server().realmUrl() + "/mypage-maintenance/windows", null, null);
        assertThat(none.status()).isEqualTo(401);

        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = browser();
        String userToken = client.tokens(client.laterForLinkOffer(client.login(account.username(), CodeSteps.PASSWORD))
                        .code())
                .get("access_token")
                .asText();
        JsonHttp.Reply customer = fx.admin()
                .call(
                        "POST",
                        fx.server().realmUrl() + "/mypage-maintenance/windows",
                        JsonHttp.json(Map.of(
                                "start",
                                inMinutes(60).toString(),
                                "end",
                                inMinutes(120).toString(),
                                "message",
                                Map.of("ja", "x"))),
                        userToken);
        assertThat(customer.status()).isEqualTo(403);
        assertThat(customer.json().get("error").asText()).isEqualTo("forbidden");
    }

    /** Grants realm role mypage-operator, which realm-config creates (the test does not). */
    private void grantOperator(String userId) {
        JsonNode role = fx.admin().get("/roles/mypage-operator");
        JsonHttp.Reply r = fx.admin()
                .call(
                        "POST",
                        fx.server().baseUrl() + "/admin/realms/mypage/users/" + userId + "/role-mappings/realm",
                        JsonHttp.json(List.of(Map.of("id", role.get("id").asText(), "name", "mypage-operator"))),
                        fx.admin().token());
        assertThat(r.status()).as(r.body()).isEqualTo(204);
    }
}
