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
 * The attack: the administrator of one corporation, signed in at level 2, aims the API at another corporation's
 * number and members (guessed or seen on an invoice). Every call gets 404, exactly as for a number nobody holds, with
 * nothing of the other corporation in the answer, and nothing there changes.
 */
@ExtendWith(MyPageServerExtension.class)
class OtherCorporationCannotReadOrTouchMembersIT {

    private final CorporateSteps steps;

    OtherCorporationCannotReadOrTouchMembersIT(Fixtures fixtures) {
        this.steps = new CorporateSteps(fixtures);
    }

    @Test
    void anotherCorporationsAdministratorGetsNotFoundAndChangesNothing() {
        Corporation victim = steps.newCorporation();
        Corporation attacker = steps.newCorporation();
        String victimToken =
                steps.steppedUpToken(victim.representative(), CorporateSteps.PASSWORD, victim.mobileE164());
        Member staff = steps.newMemberData(victim, "staff");
        assertThat(steps.createMember(victimToken, victim, staff, List.of("view"))
                        .status())
                .isEqualTo(201);
        String before = steps.call("GET", victim.customerNumber(), "/members", victimToken, null)
                .body();

        String token = steps.steppedUpToken(attacker.representative(), CorporateSteps.PASSWORD, attacker.mobileE164());
        String cn = victim.customerNumber();
        String member = "/members/" + staff.ocnId();
        List<Reply> replies = List.of(
                steps.call("GET", cn, "/members", token, null),
                steps.call("GET", cn, "/audit", token, null),
                steps.call("GET", cn, "/audit?format=csv", token, null),
                steps.call("GET", cn, "/approvals", token, null),
                steps.call("PUT", cn, member + "/roles", token, Map.of("roles", List.of("manage"), "reason", "x")),
                steps.call("POST", cn, member + "/disable", token, Map.of("reason", "x")),
                steps.call("GET", cn, member, token, null),
                steps.call("POST", cn, member + "/unlock", token, Map.of("reason", "x")),
                steps.call("POST", cn, member + "/password-reset", token, Map.of("reason", "x")),
                steps.call("PUT", cn, member + "/phone", token, Map.of("phone", "090-7999-0003", "reason", "x")),
                steps.call(
                        "POST",
                        cn,
                        "/representative-transfer",
                        token,
                        Map.of("ocnId", attacker.representative(), "reason", "x")),
                steps.call("POST", cn, "/representative-transfer/accept", token, null),
                steps.call(
                        "POST", cn, member + "/deputy", token, Map.of("until", "2099-01-01T00:00:00Z", "reason", "x")),
                steps.call(
                        "POST",
                        cn,
                        "/members",
                        token,
                        Map.of(
                                "ocnId",
                                "spy@example.jp",
                                "name",
                                "x",
                                "phone",
                                "090-7999-0002",
                                "roles",
                                List.of("manage"),
                                "reason",
                                "x")));
        Reply unknownNumber = steps.call("GET", "N899999999", "/members", token, null);
        for (Reply r : replies) {
            assertThat(r.status()).as(r.body()).isEqualTo(404);
            assertThat(r.body()).isEqualTo(unknownNumber.body()).doesNotContain(staff.ocnId());
        }
        assertThat(steps.call("GET", victim.customerNumber(), "/members", victimToken, null)
                        .body())
                .isEqualTo(before);
        JsonNode refusals =
                steps.call("GET", cn, "/audit", victimToken, null).json().get("entries");
        assertThat(refusals.get(0).get("actor").asText()).isEqualTo(attacker.representative());
        assertThat(refusals.get(0).get("result").asText()).isEqualTo("not_found");
    }
}
