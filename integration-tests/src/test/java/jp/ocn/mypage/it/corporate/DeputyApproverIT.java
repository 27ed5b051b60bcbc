package jp.ocn.mypage.it.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Corporation;
import jp.ocn.mypage.it.harness.CorporateSteps.Member;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deputy approver holds 承認 for a period; at its end the role is gone by itself (no clean-up by anyone) and the
 * scheduled task leaves an audit row. Runs on real time: a deputy period of a few seconds.
 */
@ExtendWith(MyPageServerExtension.class)
class DeputyApproverIT {

    private final CorporateSteps steps;

    DeputyApproverIT(Fixtures fixtures) {
        this.steps = new CorporateSteps(fixtures.server(), fixtures.admin(), fixtures.twilio());
    }

    @Test
    void aDeputyApprovesUntilTheEndTimeThenLosesItByItselfWithAnAuditRow() throws Exception {
        Corporation corporation = steps.newCorporation();
        String cn = corporation.customerNumber();
        String token =
                steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        Member deputy = steps.newMemberData(corporation, "deputy");
        assertThat(steps.createMember(token, corporation, deputy, List.of("view"))
                        .status())
                .isEqualTo(201);
        Instant until = Instant.now().plusSeconds(4);
        Reply named = steps.call(
                "POST",
                cn,
                "/members/" + deputy.ocnId() + "/deputy",
                token,
                Map.of("until", until.toString(), "reason", "課長休暇中の代理"));
        assertThat(named.status()).as(named.body()).isEqualTo(200);
        JsonNode during = member(token, cn, deputy);
        assertThat(during.get("roles").toString()).isEqualTo("[\"view\",\"approve\"]");
        assertThat(during.get("deputyUntil").asText()).isNotEmpty();

        JsonNode ended = null;
        long deadline = System.currentTimeMillis() + 60_000;
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
        assertThat(ended.get("rolesAfter").asText()).isEqualTo("view");
        JsonNode after = member(token, cn, deputy);
        assertThat(after.get("roles").toString()).isEqualTo("[\"view\"]");
        assertThat(after.get("deputyUntil").isNull()).isTrue();
    }

    private JsonNode member(String token, String cn, Member member) {
        for (JsonNode m : steps.call("GET", cn, "/members", token, null).json().get("members")) {
            if (m.get("ocnId").asText().equals(member.ocnId())) {
                return m;
            }
        }
        throw new AssertionError("not listed: " + member.ocnId());
    }
}
