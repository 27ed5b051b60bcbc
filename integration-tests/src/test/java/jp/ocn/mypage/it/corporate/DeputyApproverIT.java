package jp.ocn.mypage.it.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Corporation;
import jp.ocn.mypage.it.harness.CorporateSteps.Member;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deputy approver holds 承認 for a period; at its end the role is gone by itself (no clean-up by anyone) and the
 * scheduled task (Keycloak's cluster-aware runner) leaves an audit row. The test moves the server's corporate clock
 * past the end time instead of waiting for it.
 */
@ExtendWith(MyPageServerExtension.class)
class DeputyApproverIT {

    private final CorporateSteps steps;

    DeputyApproverIT(Fixtures fx) {
        this.steps = new CorporateSteps(fx);
    }

    @AfterEach
    void clockBack() {
        steps.moveCorporateClock(0);
    }

    @Test
    void aDeputyApprovesUntilTheEndTimeThenLosesItByItselfWithAnAuditRow() throws Exception {
        Corporation corporation = steps.newCorporation();
        String cn = corporation.customerNumber();
        String token =
                steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        Member deputy = steps.newMember(token, corporation, "deputy", List.of("view"));
        Instant until = Instant.now().plusSeconds(3600);
        Reply named = steps.call(
                "POST",
                cn,
                "/members/" + deputy.ocnId() + "/deputy",
                token,
                Map.of("until", until.toString(), "reason", "課長休暇中の代理"));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        JsonNode during = member(token, cn, deputy);
        assertThat(during.get("roles").toString()).isEqualTo("[\"view\",\"approve\"]");
        assertThat(Instant.parse(during.get("deputyUntil").asText())).isEqualTo(until.truncatedTo(ChronoUnit.MILLIS));
        assertThat(corpRoles(deputy)).containsExactly("view", "approve");

        steps.moveCorporateClock(2 * 3600);
        assertThat(member(token, cn, deputy).get("roles").toString())
                .as("the role ends at the end time, before any clean-up")
                .isEqualTo("[\"view\"]");
        assertThat(corpRoles(deputy)).containsExactly("view");

        JsonNode ended = null;
        long deadline = System.currentTimeMillis() + 90_000;
        while (ended == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(1000);
            for (JsonNode e :
                    steps.call("GET", cn, "/audit", token, null).json().get("entries")) {
                if (e.get("action").asText().equals("deputy_ended")) {
                    ended = e;
                }
            }
        }
        assertThat(ended).as("audit row of the ended deputy period").isNotNull();
        assertThat(ended.get("actor").asText()).isEqualTo("system");
        assertThat(ended.get("target").asText()).isEqualTo(deputy.ocnId());
        assertThat(ended.get("rolesBefore").asText()).isEqualTo("view+approve");
        assertThat(ended.get("rolesAfter").asText()).isEqualTo("view");
        JsonNode after = member(token, cn, deputy);
        assertThat(after.get("deputyUntil").isNull())
                .as("the period is cleared")
                .isTrue();
        steps.moveCorporateClock(0);
        assertThat(member(token, cn, deputy).get("roles").toString())
                .as("a cleared period does not come back with the clock")
                .isEqualTo("[\"view\"]");
    }

    private List<Object> corpRoles(Member member) throws Exception {
        String token = steps.signIn(member.ocnId(), CorporateSteps.PASSWORD);
        return LoginClient.claims(token).getJSONObjectClaim("corp").get("roles") instanceof List<?> roles
                ? List.copyOf(roles)
                : List.of();
    }

    private JsonNode member(String token, String cn, Member member) {
        Reply read = steps.call("GET", cn, "/members/" + member.ocnId(), token, null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }
}
