package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attack: a customer with a valid token of their own asks for another customer's login history (by adding that
 * user's ID to the query, as the admin events API takes it). They see only their own entries.
 */
@ExtendWith(MyPageServerExtension.class)
class LoginHistoryShowsNoOtherCustomersSignInsIT {

    private static final String VICTIMS_BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)"
            + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
    private static final String ATTACKERS_BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private final Fixtures fx;

    LoginHistoryShowsNoOtherCustomersSignInsIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void anotherCustomersTokenSeesOnlyItsOwnSignIns() throws InterruptedException {
        CodeSteps.Account victim = CodeSteps.newAccount(fx.admin());
        CodeSteps.Account attacker = CodeSteps.newAccount(fx.admin());
        fx.browser().userAgent(VICTIMS_BROWSER).login(victim.username(), "not-the-password-1");
        String victimsToken = fx.browser()
                .userAgent(VICTIMS_BROWSER)
                .signIn(victim.username(), CodeSteps.PASSWORD)
                .get("access_token")
                .asText();
        String attackersToken = fx.browser()
                .userAgent(ATTACKERS_BROWSER)
                .signIn(attacker.username(), CodeSteps.PASSWORD)
                .get("access_token")
                .asText();
        LockoutSteps.await(
                "the victim's two entries",
                5000,
                () -> entries(victimsToken, "").size() == 2);

        String victimId = fx.admin().userId(victim.username());
        for (String query : new String[] {"", "?user=" + victimId, "?first=0&max=100&user=" + victimId}) {
            JsonNode seen = entries(attackersToken, query);
            assertThat(seen).as(query).hasSize(1);
            assertThat(seen.get(0).get("device").asText()).contains("Chrome");
        }
    }

    private JsonNode entries(String token, String query) {
        JsonHttp.Reply r =
                fx.admin().call("GET", fx.server().realmUrl() + "/mypage-account/login-history" + query, null, token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("entries");
    }
}
