package jp.ocn.mypage.sdk.decision;

import static jp.ocn.mypage.sdk.decision.Principals.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import jp.ocn.mypage.sdk.oidc.AuthorizationRequest;
import jp.ocn.mypage.sdk.oidc.Pkce;
import org.junit.jupiter.api.Test;

/** Step-up decisions, the authorization URL that gets it, and RFC 9470's challenge. */
class StepUpTest {

    @Test
    void aPasswordSignInNeedsStepUpForARiskyOperation() {
        assertThat(StepUpRequirement.RISKY_OPERATION.isNeededFor(Principals.signedIn("1", NOW.minusSeconds(10)), NOW))
                .isTrue();
    }

    @Test
    void aRecentCodeSatisfiesARiskyOperationUntilItsMaxAge() {
        assertThat(StepUpRequirement.RISKY_OPERATION.isMetBy(Principals.signedIn("2", NOW.minusSeconds(299)), NOW))
                .isTrue();
        assertThat(StepUpRequirement.RISKY_OPERATION.isMetBy(Principals.signedIn("2", NOW.minusSeconds(301)), NOW))
                .isFalse();
        assertThat(StepUpRequirement.RISKY_OPERATION.isMetBy(Principals.signedIn("2", null), NOW))
                .as("no auth_time: cannot tell how old")
                .isFalse();
    }

    @Test
    void callDetailsAskAFreshCodeEveryTime() {
        assertThat(StepUpRequirement.CALL_DETAILS.isNeededFor(Principals.signedIn("2", NOW), NOW))
                .isTrue();
    }

    @Test
    void theStepUpUrlAsksForTheLevelAndTheMaxAge() {
        Pkce pkce = Pkce.create();
        URI uri = AuthorizationRequest.of(
                        URI.create("http://localhost:8080/realms/mypage/protocol/openid-connect/auth"),
                        "mypage-portal",
                        "http://localhost:8081/callback",
                        "st",
                        "no",
                        pkce)
                .stepUp(StepUpRequirement.RISKY_OPERATION)
                .param("ui_locales", "ja")
                .toUri();
        assertThat(uri.getRawQuery())
                .contains("client_id=mypage-portal")
                .contains("redirect_uri=http%3A%2F%2Flocalhost%3A8081%2Fcallback")
                .contains("code_challenge=" + pkce.challenge())
                .contains("code_challenge_method=S256")
                .contains("acr_values=2")
                .contains("max_age=300")
                .contains("nonce=no")
                .contains("state=st");
        assertThat(pkce.challenge()).isNotEqualTo(pkce.verifier());
    }

    @Test
    void callDetailsSendTheLevelButNoMaxAgeThatWouldAskThePasswordAgain() {
        URI uri = AuthorizationRequest.of(
                        URI.create("http://kc/auth"), "mypage-call-details", "http://p/cb", "s", "n", Pkce.create())
                .stepUp(StepUpRequirement.CALL_DETAILS)
                .toUri();
        assertThat(uri.getRawQuery()).contains("acr_values=2").doesNotContain("max_age");
        assertThat(AuthorizationRequest.of(URI.create("http://kc/auth"), "c", "http://p/cb", "s", "n", Pkce.create())
                        .maxAge(Duration.ZERO)
                        .toUri()
                        .getRawQuery())
                .contains("max_age=0");
    }

    @Test
    void theRfc9470ChallengeNamesLevelAndMaxAge() {
        assertThat(BearerChallenge.insufficientUserAuthentication(StepUpRequirement.RISKY_OPERATION, "認証 \"needed\""))
                .isEqualTo("Bearer error=\"insufficient_user_authentication\", error_description=\"?? \\\"needed\\\"\","
                        + " acr_values=\"2\", max_age=300");
        assertThat(BearerChallenge.invalidToken("expired"))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"expired\"");
    }

    @Test
    void aClientReadsTheStepUpAResourceServersChallengeAsksFor() {
        assertThat(BearerChallenge.stepUpAskedBy(
                        "Bearer error=\"insufficient_user_authentication\", acr_values=\"2\", max_age=300"))
                .contains(StepUpRequirement.RISKY_OPERATION);
        assertThat(BearerChallenge.stepUpAskedBy(BearerChallenge.insufficientUserAuthentication(
                        new StepUpRequirement(3, Duration.ofSeconds(60)), "a, \"quoted\" text")))
                .contains(new StepUpRequirement(3, Duration.ofSeconds(60)));
        assertThat(BearerChallenge.stepUpAskedBy("Bearer error=\"insufficient_user_authentication\""))
                .as("no level or age named: the risky operation's")
                .contains(StepUpRequirement.RISKY_OPERATION);
    }

    @Test
    void aRefusedTokenOrAnotherSchemeAsksForNoStepUp() {
        assertThat(BearerChallenge.stepUpAskedBy(BearerChallenge.invalidToken("expired")))
                .isEmpty();
        assertThat(BearerChallenge.stepUpAskedBy("Bearer")).isEmpty();
        assertThat(BearerChallenge.stepUpAskedBy(null)).isEmpty();
        assertThat(BearerChallenge.stepUpAskedBy("Basic error=\"insufficient_user_authentication\""))
                .isEmpty();
        assertThat(BearerChallenge.stepUpAskedBy(
                        "Bearer error_description=\"error=insufficient_user_authentication\", error=\"invalid_token\""))
                .as("the word inside another parameter's text")
                .isEmpty();
    }
}
