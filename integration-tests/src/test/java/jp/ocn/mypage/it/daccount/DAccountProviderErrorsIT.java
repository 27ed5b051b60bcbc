package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LockoutSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import jp.ocn.mypage.testsupport.DAccountStandIn.Fault;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever goes wrong at d ACCOUNT (or between it and us), the person gets a Japanese page with the way back to
 * OCN ID sign-in, support gets an event saying why, and nothing is linked.
 */
@ExtendWith(MyPageServerExtension.class)
class DAccountProviderErrorsIT {

    /** The detail reason each fault leaves on the IDENTITY_PROVIDER_LOGIN_ERROR event (MyPageDetails.DACCOUNT_…). */
    private static final Map<Fault, String> REASONS = Map.of(
            Fault.CONSENT_DENIED, "daccount_consent_denied",
            Fault.ERROR_RESPONSE, "daccount_error_response",
            Fault.BAD_STATE, "daccount_bad_state",
            Fault.BAD_NONCE, "daccount_nonce_mismatch",
            Fault.TOKEN_ERROR, "daccount_token_endpoint",
            Fault.TIMEOUT, "daccount_token_endpoint",
            Fault.UNSIGNED, "daccount_unsigned",
            Fault.INVALID_SIGNATURE, "daccount_bad_signature",
            Fault.WRONG_ISSUER, "daccount_id_token_invalid");

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    DAccountProviderErrorsIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @ParameterizedTest
    @EnumSource(
            value = Fault.class,
            names = {"NONE", "HS256_WITH_PUBLIC_KEY"},
            mode = EnumSource.Mode.EXCLUDE)
    void aProviderFaultShowsAJapanesePageWithTheWayBackAndAnEventWithTheReasonAndLinksNothing(Fault fault)
            throws Exception {
        String subject = daccount.subject();
        daccount.failWith(fault);
        long start = System.currentTimeMillis();

        LoginClient browser = fx.browser();
        LoginClient.Outcome outcome = DAccountSteps.start(browser);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page()).as(outcome.body()).isNotNull();
        assertThat(outcome.page().text()).as(outcome.body()).containsPattern("[ぁ-んァ-ン一-龥]{4}");
        assertWayBackToOcnIdSignIn(browser, outcome);
        awaitReason(start, REASONS.get(fault));
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
    }

    @Test
    void anUnreachableProviderShowsTheErrorPageWithTheWayBackAndLinksNothing() throws Exception {
        String subject = daccount.subject();
        long start = System.currentTimeMillis();
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DAccountSteps.configure(fx.admin(), Map.of("tokenUrl", "http://127.0.0.1:" + closedPort + "/token"));
        try {
            LoginClient browser = fx.browser();
            LoginClient.Outcome outcome = DAccountSteps.start(browser);
            assertThat(outcome.signedIn()).isFalse();
            assertThat(outcome.page().text()).as(outcome.body()).containsPattern("[ぁ-んァ-ン一-龥]{4}");
            assertWayBackToOcnIdSignIn(browser, outcome);
            awaitReason(start, "daccount_token_endpoint");
            assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
        } finally {
            DAccountSteps.configure(fx.admin(), daccount.providerConfig());
        }
    }

    /** The login form on the page itself (with the error above it), or a link back to it. */
    private static void assertWayBackToOcnIdSignIn(LoginClient browser, LoginClient.Outcome outcome) {
        if (outcome.page().selectFirst("form#kc-form-login") != null) {
            return;
        }
        Element back = outcome.page().getElementById("mypage-daccount-back");
        if (back == null) {
            // Keycloak's own "page expired" answer (a callback whose state fits no sign-in) links to a fresh start.
            back = outcome.page().selectFirst("a[href*=/login-actions/restart]");
        }
        assertThat(back).as("the way back: " + outcome.body()).isNotNull();
        LoginClient.Outcome login = browser.open(back.absUrl("href"));
        assertThat(login.page().selectFirst("form#kc-form-login"))
                .as(login.body())
                .isNotNull();
    }

    @Test
    void theAlgorithmConfusionAttackIsRefusedAsABadSignatureAndLinksNothing() throws Exception {
        String subject = daccount.subject();
        daccount.signWith(DAccountStandIn.Signing.RS256).failWith(Fault.HS256_WITH_PUBLIC_KEY);
        long start = System.currentTimeMillis();

        assertThat(DAccountSteps.start(fx.browser()).signedIn()).isFalse();

        awaitReason(start, "daccount_bad_signature");
        assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
    }

    /** A broker error event since {@code start} whose detail reason is the given one. */
    private void awaitReason(long start, String reason) throws InterruptedException {
        LockoutSteps.await("an error event with reason " + reason, 10_000, () -> brokerErrorsSince(start).stream()
                .anyMatch(e -> reason.equals(e.path("details").path("reason").asText())));
    }

    /** Keycloak's broker error events of this realm since a time (error e.g. identity_provider_login_failure). */
    private List<JsonNode> brokerErrorsSince(long start) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode e : fx.admin().events("IDENTITY_PROVIDER_LOGIN_ERROR")) {
            if (e.path("time").asLong() >= start - 1000
                    && !e.path("error").asText().isEmpty()) {
                found.add(e);
            }
        }
        return found;
    }
}
