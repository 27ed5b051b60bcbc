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
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: a 管理 member grants 承認 or 管理 (to an accomplice or to themselves) and pushes it through alone. Four
 * eyes: the grant waits until the representative or another 管理 member approves it; the one who asked cannot approve
 * it, nor can the one it grants to.
 */
@ExtendWith(MyPageServerExtension.class)
class ManagerCannotApproveOwnGrantIT {

    private final CorporateSteps steps;

    ManagerCannotApproveOwnGrantIT(Fixtures fixtures) {
        this.steps = new CorporateSteps(fixtures);
    }

    @Test
    void aManagersGrantOfApproveWaitsForASecondAdministratorAndNotForItself() {
        Corporation corporation = steps.newCorporation();
        String cn = corporation.customerNumber();
        String representative =
                steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        Member manager = steps.newMemberData(corporation, "kanri");
        Member clerk = steps.newMemberData(corporation, "clerk");
        assertThat(steps.createMember(representative, corporation, manager, List.of("manage"))
                        .json()
                        .get("state")
                        .asText())
                .as("the representative's grants apply at once")
                .isEqualTo("applied");
        assertThat(steps.createMember(representative, corporation, clerk, List.of("view"))
                        .status())
                .isEqualTo(201);
        String managerToken = steps.steppedUpToken(manager.ocnId(), CorporateSteps.PASSWORD, manager.phoneE164());

        Reply grant = steps.call(
                "PUT",
                cn,
                "/members/" + clerk.ocnId() + "/roles",
                managerToken,
                Map.of("roles", List.of("view", "approve"), "reason", "課長昇格"));
        assertThat(grant.status()).as(grant.body()).isEqualTo(202);
        assertThat(grant.json().get("state").asText()).isEqualTo("pending");
        String approvalId = grant.json().get("approvalId").asText();
        assertThat(roles(representative, cn, clerk)).isEqualTo("[\"view\"]");

        JsonNode pending =
                steps.call("GET", cn, "/approvals", managerToken, null).json().get("approvals");
        assertThat(pending).hasSize(1);
        assertThat(pending.get(0).get("ocnId").asText()).isEqualTo(clerk.ocnId());
        assertThat(pending.get(0).get("requestedBy").asText()).isEqualTo(manager.ocnId());

        Reply selfApproval = steps.call("POST", cn, "/approvals/" + approvalId + "/approve", managerToken, null);
        assertThat(selfApproval.status()).as(selfApproval.body()).isEqualTo(403);
        assertThat(roles(representative, cn, clerk)).isEqualTo("[\"view\"]");

        Reply approved = steps.call("POST", cn, "/approvals/" + approvalId + "/approve", representative, null);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(roles(representative, cn, clerk)).isEqualTo("[\"view\",\"approve\"]");
        assertThat(steps.call("POST", cn, "/approvals/" + approvalId + "/approve", representative, null)
                        .status())
                .as("decided once")
                .isEqualTo(409);

        Reply selfGrant = steps.call(
                "PUT",
                cn,
                "/members/" + manager.ocnId() + "/roles",
                managerToken,
                Map.of("roles", List.of("manage", "approve"), "reason", "自分に承認"));
        assertThat(selfGrant.status()).isEqualTo(202);
        assertThat(steps.call(
                                "POST",
                                cn,
                                "/approvals/"
                                        + selfGrant.json().get("approvalId").asText() + "/approve",
                                managerToken,
                                null)
                        .status())
                .isEqualTo(403);

        JsonNode audit =
                steps.call("GET", cn, "/audit", representative, null).json().get("entries");
        assertThat(audit.toString()).contains("\"result\":\"self_approval\"", "\"result\":\"pending\"");
    }

    private String roles(String token, String cn, Member member) {
        for (JsonNode m : steps.call("GET", cn, "/members", token, null).json().get("members")) {
            if (m.get("ocnId").asText().equals(member.ocnId())) {
                return m.get("roles").toString();
            }
        }
        throw new AssertionError("not listed: " + member.ocnId());
    }
}
