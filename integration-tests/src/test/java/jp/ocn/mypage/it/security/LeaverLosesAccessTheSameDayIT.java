package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Corporation;
import jp.ocn.mypage.it.harness.CorporateSteps.Member;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: staff who leave keep a signed-in browser and an app's offline token. Disabling the leaver ends every
 * session at once, offline ones too, and the ID cannot sign in again. The representative cannot be disabled or
 * demoted this way.
 */
@ExtendWith(MyPageServerExtension.class)
class LeaverLosesAccessTheSameDayIT {

    private final Fixtures fixtures;
    private final CorporateSteps steps;

    LeaverLosesAccessTheSameDayIT(Fixtures fixtures) {
        this.fixtures = fixtures;
        this.steps = new CorporateSteps(fixtures);
    }

    @Test
    void aDisabledLeaverLosesOnlineAndOfflineSessionsAndCannotSignIn() {
        Corporation corporation = steps.newCorporation();
        String token =
                steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        Member leaver = steps.newMemberData(corporation, "leaver");
        assertThat(steps.createMember(token, corporation, leaver, List.of("view"))
                        .status())
                .isEqualTo(201);

        LoginClient browser = new LoginClient(fixtures.server());
        JsonNode online = browser.signIn(leaver.ocnId(), CorporateSteps.PASSWORD);
        LoginClient app = new LoginClient(fixtures.server());
        LoginClient.Outcome offlineSignIn = app.submit(
                app.authorizeWithScope("openid offline_access", "").page(), leaver.ocnId(), CorporateSteps.PASSWORD);
        JsonNode offline = app.tokens(offlineSignIn.code());
        assertThat(offline.get("refresh_token").asText()).isNotEmpty();

        Reply disabled = steps.call(
                "POST",
                corporation.customerNumber(),
                "/members/" + leaver.ocnId() + "/disable",
                token,
                Map.of("reason", "退職"));
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);

        assertThat(browser.refresh(online.get("refresh_token").asText()).status())
                .isEqualTo(400);
        assertThat(app.refresh(offline.get("refresh_token").asText()).status()).isEqualTo(400);
        assertThat(new LoginClient(fixtures.server())
                        .login(leaver.ocnId(), CorporateSteps.PASSWORD)
                        .signedIn())
                .isFalse();
        JsonNode listed = steps.call("GET", corporation.customerNumber(), "/members", token, null)
                .json();
        assertThat(listed.toString()).contains("\"ocnId\":\"" + leaver.ocnId() + "\"", "\"state\":\"disabled\"");
    }

    @Test
    void theRepresentativeCannotBeDemotedOrDisabled() {
        Corporation corporation = steps.newCorporation();
        String token =
                steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        String path = "/members/" + corporation.representative();
        Reply demoted = steps.call(
                "PUT",
                corporation.customerNumber(),
                path + "/roles",
                token,
                Map.of("roles", List.of("view"), "reason", "降格"));
        Reply disabled =
                steps.call("POST", corporation.customerNumber(), path + "/disable", token, Map.of("reason", "退職"));
        for (Reply r : List.of(demoted, disabled)) {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.json().get("error").asText()).isEqualTo("representative_protected");
        }
        JsonNode representative = steps.call("GET", corporation.customerNumber(), "/members", token, null)
                .json()
                .get("members")
                .get(0);
        assertThat(representative.get("representative").asBoolean()).isTrue();
        assertThat(representative.get("state").asText()).isEqualTo("active");
        assertThat(representative.get("roles").toString()).isEqualTo("[\"view\",\"apply\",\"approve\",\"manage\"]");
    }
}
