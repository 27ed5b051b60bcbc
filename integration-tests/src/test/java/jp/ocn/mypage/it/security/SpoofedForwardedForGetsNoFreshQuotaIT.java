package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.it.harness.RecoverySteps;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attacker has used up the per-address recovery quota and now sends a different X-Forwarded-For with every
 * attempt, hoping each counts as a new address. The server trusts forwarded headers only from its proxy's address
 * (the harness: {@value KeycloakServer#TRUSTED_PROXY}), so every attempt counts against the real peer address.
 */
@ExtendWith(MyPageServerExtension.class)
class SpoofedForwardedForGetsNoFreshQuotaIT {

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    SpoofedForwardedForGetsNoFreshQuotaIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void aSpoofedForwardedForAddressGetsNoFreshRecoveryQuota() {
        realm.set("mypage.recovery.attemptsPerIpPerHour", "1");
        // The quota of this hour is used up from the real address (earlier attempts of the run may have done so).
        LoginClient plain = fx.browser();
        attempt(plain, "N999999981");
        long since = System.currentTimeMillis();
        for (int i = 0; i < 3; i++) {
            String spoofed = "198.51.100." + (10 + i);
            Outcome answer = attempt(fx.browser().forwardedFor(spoofed), "N99999998" + (2 + i));
            assertThat(answer.error()).as("attempt as %s", spoofed).contains("上限に達しました");
        }
        JsonNode events = fx.admin().get("/events?type=RESET_PASSWORD_ERROR&max=50");
        int seen = 0;
        for (JsonNode e : events) {
            if (e.path("time").asLong() >= since
                    && "mypage_recovery_limited".equals(e.path("error").asText())) {
                assertThat(e.path("ipAddress").asText())
                        .as("address the limit counted")
                        .doesNotStartWith("198.51.100.");
                seen++;
            }
        }
        assertThat(seen).as("each spoofed attempt left its event").isEqualTo(3);
    }

    private static Outcome attempt(LoginClient client, String number) {
        Document login = client.openLoginPage();
        Element link = login.selectFirst("a#mypage-forgot-id");
        assertThat(link).as("IDをお忘れの方 on the login page: %s", login.text()).isNotNull();
        Outcome form = client.open(link.absUrl("href"));
        return RecoverySteps.number(client, form, number, "1990-01-01");
    }
}
