package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CorporateSteps;
import jp.ocn.mypage.it.harness.CorporateSteps.Corporation;
import jp.ocn.mypage.it.harness.CorporateSteps.Reply;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attack: a stolen password (or a token from a password-only sign-in) is used to change roles. Every
 * state-changing call needs a level-2 sign-in within 300 s; otherwise RFC 9470's challenge, and the refusal is in the
 * corporation's audit log.
 */
@ExtendWith(MyPageServerExtension.class)
class StaleSignInCannotChangeRolesIT {

    private final CorporateSteps steps;

    StaleSignInCannotChangeRolesIT(Fixtures fixtures) {
        this.steps = new CorporateSteps(fixtures);
    }

    @Test
    void aPasswordOnlyTokenGetsTheStepUpChallengeAndChangesNothing() {
        Corporation corporation = steps.newCorporation();
        String passwordOnly = steps.signIn(corporation.representative(), CorporateSteps.PASSWORD);
        Reply refused = steps.call(
                "POST",
                corporation.customerNumber(),
                "/members",
                passwordOnly,
                Map.of(
                        "ocnId",
                        "stolen@example.jp",
                        "name",
                        "x",
                        "phone",
                        "090-7999-0003",
                        "roles",
                        List.of("manage"),
                        "reason",
                        "x"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate"))
                .isEqualTo("Bearer error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=300");
        assertThat(refused.json().get("error").asText()).isEqualTo("insufficient_user_authentication");
        Reply members = steps.call("GET", corporation.customerNumber(), "/members", passwordOnly, null);
        assertThat(members.status()).as("reads need no step-up").isEqualTo(200);
        assertThat(members.body()).doesNotContain("stolen@example.jp");
        Reply audit = steps.call("GET", corporation.customerNumber(), "/audit", passwordOnly, null);
        assertThat(audit.json().get("entries").get(0).get("result").asText()).isEqualTo("step_up_required");
        assertThat(audit.json().get("entries").get(0).get("action").asText()).isEqualTo("create");
    }
}
