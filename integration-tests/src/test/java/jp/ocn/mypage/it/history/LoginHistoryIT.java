package jp.ocn.mypage.it.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer's own sign-ins and failed attempts, newest first, with device and method. */
@ExtendWith(MyPageServerExtension.class)
class LoginHistoryIT {

    static final String CHROME_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like"
            + " Gecko) Chrome/120.0.0.0 Safari/537.36";
    static final String SAFARI_ON_IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15"
            + " (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";

    private static final int RETENTION_SECONDS = 5;

    private final Fixtures fx;

    LoginHistoryIT(Fixtures fx) {
        this.fx = fx;
    }

    private JsonHttp.Reply history(String accessToken, String query) {
        return fx.admin()
                .call("GET", fx.server().realmUrl() + "/mypage-account/login-history" + query, null, accessToken);
    }

    @Test
    void successesAndFailuresAreListedNewestFirstWithDeviceAndMethod() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        fx.browser().userAgent(SAFARI_ON_IPHONE).login(account.username(), "not-the-password-1");
        LoginClient chrome = fx.browser().userAgent(CHROME_ON_WINDOWS);
        String token = chrome.signIn(account.username(), CodeSteps.PASSWORD)
                .get("access_token")
                .asText();

        JsonNode entries = awaitEntries(token, 2);

        JsonNode newest = entries.get(0);
        assertThat(newest.get("result").asText()).isEqualTo("success");
        assertThat(newest.get("method").asText()).isEqualTo("password");
        assertThat(newest.get("client").asText()).isEqualTo(LoginClient.CLIENT_ID);
        assertThat(newest.get("device").asText()).contains("Chrome 120").contains("Windows");
        assertThat(newest.get("ip").asText()).isNotBlank();
        assertThat(newest.get("time").asText()).endsWith("+09:00");
        JsonNode failure = entries.get(1);
        assertThat(failure.get("result").asText()).isEqualTo("failure");
        assertThat(failure.get("device").asText()).contains("Safari").contains("iOS");
        assertThat(failure.get("method").asText()).isEqualTo("password");
    }

    @Test
    void aSignInFinishedWithACodeShowsTheCodeChannel() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        fx.admin().setUserAttributes(fx.admin().userId(account.username()), Map.of("mypage.twoStep", List.of("true")));
        LoginClient client = fx.browser().userAgent(CHROME_ON_WINDOWS);
        LoginClient.Outcome in = CodeSteps.answerWithCode(
                client,
                client.login(account.username(), CodeSteps.PASSWORD),
                "0:VOICE",
                fx.twilio(),
                account.mobileE164());
        assertThat(in.signedIn()).as(in.body()).isTrue();
        String token = client.tokens(in.code()).get("access_token").asText();

        JsonNode newest = awaitEntries(token, 1).get(0);

        assertThat(newest.get("method").asText()).isEqualTo("voice");
        assertThat(newest.get("result").asText()).isEqualTo("success");
    }

    @Test
    void pagesFollowOneAnotherWithoutGapsOrRepeats() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        for (int i = 0; i < 4; i++) {
            Thread.sleep(1100); // two failures within a second would lock the account (quick-login check)
            fx.browser().login(account.username(), "not-the-password-" + i);
        }
        String token = fx.tokens(account).get("access_token").asText();
        JsonNode all = awaitEntries(token, 5);

        List<String> paged = new ArrayList<>();
        for (int first = 0; first < 6; first += 2) {
            JsonNode page = history(token, "?first=" + first + "&max=2").json().get("entries");
            assertThat(page.size()).isLessThanOrEqualTo(2);
            page.forEach(e -> paged.add(e.toString()));
        }
        List<String> whole = new ArrayList<>();
        all.forEach(e -> whole.add(e.toString()));
        assertThat(paged).isEqualTo(whole);
        assertThat(all.get(0).get("result").asText()).isEqualTo("success");
    }

    @Test
    void entriesOlderThanTheRealmsEventRetentionAreNotListed() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        fx.browser().login(account.username(), "not-the-password-old");
        Thread.sleep(6000); // the failure ages past the shortened retention below

        JsonNode recent;
        String token;
        try (AutoCloseable shortRetention =
                LockoutSteps.realmSettings(fx.admin(), Map.of("eventsExpiration", RETENTION_SECONDS))) {
            token = fx.tokens(account).get("access_token").asText();
            recent = awaitEntries(token, 1);
        }

        assertThat(recent).hasSize(1);
        assertThat(recent.get(0).get("result").asText()).isEqualTo("success");
        assertThat(history(token, "").json().get("entries"))
                .as("with the realm's 90 days again, the older failure is there: retention hid it")
                .hasSize(2);
    }

    @Test
    void badPagingIsAClearJsonError() throws InterruptedException {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        String token = fx.tokens(account).get("access_token").asText();

        for (String query : List.of("?first=-1", "?max=0", "?max=101", "?first=x")) {
            JsonHttp.Reply r = history(token, query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.json().get("error_description").asText()).contains("max");
        }
        assertThat(history(null, "").status()).isEqualTo(401);
        assertThat(history("not-a-token", "").status()).isEqualTo(401);
    }

    @Test
    void theNotMeButtonEndsOtherSessionsAndLeadsToThePasswordChange() {
        // The other device signs in with an offline token: the button must end offline sessions too.
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient otherDevice = fx.browser();
        LoginClient.Outcome offline = otherDevice.submit(
                otherDevice.authorizeWithScope("openid offline_access", "").page(),
                account.username(),
                CodeSteps.PASSWORD);
        JsonNode elsewhere = otherDevice.tokens(offline.code());
        LoginClient portal = fx.signedIn(account);

        LoginClient.Outcome page = portal.authorize("&kc_action=mypage-login-history");
        assertThat(page.page().select("#mypage-login-history tbody tr")).isNotEmpty();
        LoginClient.Outcome next = portal.click(page.page(), "mypage-history-not-me", Map.of());

        assertThat(next.page().select("input[type=password]"))
                .as("the password change")
                .isNotEmpty();
        JsonHttp.Reply refreshed =
                otherDevice.refresh(elsewhere.get("refresh_token").asText());
        assertThat(refreshed.status()).as("the offline session elsewhere ended").isEqualTo(400);
    }

    private JsonNode awaitEntries(String token, int atLeast) throws InterruptedException {
        LockoutSteps.await(
                atLeast + " history entries",
                5000,
                () -> history(token, "").json().get("entries").size() >= atLeast);
        return history(token, "").json().get("entries");
    }
}
