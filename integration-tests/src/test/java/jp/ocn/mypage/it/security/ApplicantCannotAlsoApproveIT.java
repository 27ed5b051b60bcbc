package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Corporation;
import jp.ocn.mypage.it.harness.CorporateSteps.Member;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attack: one person applies for something and approves it too. Separation of duties (on by default) refuses
 * 申請 with 承認 in every way of getting them: a role change, a new user ID, a deputy period for an applicant.
 */
@ExtendWith(MyPageServerExtension.class)
class ApplicantCannotAlsoApproveIT {

    private final CorporateSteps steps;

    @RegisterExtension
    final RealmAttributes realm;

    ApplicantCannotAlsoApproveIT(Fixtures fixtures) {
        this.steps = new CorporateSteps(fixtures);
        this.realm = new RealmAttributes(fixtures.admin());
    }

    @Test
    void applyWithApproveIsRefusedAsSeparationOfDutiesWhicheverWayItIsAsked() {
        Corporation corporation = steps.newCorporation();
        String token =
                steps.steppedUpToken(corporation.representative(), CorporateSteps.PASSWORD, corporation.mobileE164());
        Member applicant = steps.newMemberData(corporation, "applicant");
        assertThat(steps.createMember(token, corporation, applicant, List.of("apply"))
                        .status())
                .isEqualTo(201);
        String cn = corporation.customerNumber();
        String member = "/members/" + applicant.ocnId();

        Reply roles = steps.call(
                "PUT", cn, member + "/roles", token, Map.of("roles", List.of("apply", "approve"), "reason", "兼務"));
        Reply deputy = steps.call(
                "POST",
                cn,
                member + "/deputy",
                token,
                Map.of("until", Instant.now().plusSeconds(86_400).toString(), "reason", "代理"));
        Reply created = steps.createMember(
                token, corporation, steps.newMemberData(corporation, "both"), List.of("apply", "approve"));
        for (Reply r : List.of(roles, deputy, created)) {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.json().get("error").asText()).isEqualTo("separation_of_duties");
        }
        assertThat(steps.call("GET", cn, "/audit", token, null)
                        .json()
                        .get("entries")
                        .get(0)
                        .get("result")
                        .asText())
                .isEqualTo("separation_of_duties");

        realm.set("mypage.corporate.separationOfDuties", "false");
        assertThat(steps.call(
                                "PUT",
                                cn,
                                member + "/roles",
                                token,
                                Map.of("roles", List.of("apply", "approve"), "reason", "小規模のため兼務"))
                        .status())
                .as("the realm setting switches the rule off")
                .isEqualTo(200);
    }
}
