package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * Faults Keycloak answers without an IDENTITY_PROVIDER_LOGIN_ERROR event (consent denied and an error response go
     * back to the login page with the message; a foreign state gets "page expired"): an event of ours is still to do.
     */
    private static final Set<Fault> WITHOUT_BROKER_ERROR_EVENT =
            Set.of(Fault.CONSENT_DENIED, Fault.ERROR_RESPONSE, Fault.BAD_STATE);

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
    void aProviderFaultShowsAJapanesePageWithTheWayBackAndAnEventAndLinksNothing(Fault fault) throws Exception {
        String subject = daccount.subject();
        daccount.failWith(fault);
        long start = System.currentTimeMillis();

        LoginClient browser = fx.browser();
        LoginClient.Outcome outcome = DAccountSteps.start(browser);

        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page()).as(outcome.body()).isNotNull();
        assertThat(outcome.page().text()).as(outcome.body()).containsPattern("[ぁ-んァ-ン一-龥]{4}");
        assertWayBackToOcnIdSignIn(browser, outcome);
        if (!WITHOUT_BROKER_ERROR_EVENT.contains(fault)) {
            LockoutSteps.await("an error event for " + fault, 10_000, () -> !brokerErrorsSince(start)
                    .isEmpty());
        }
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
            LockoutSteps.await(
                    "an error event", 10_000, () -> !brokerErrorsSince(start).isEmpty());
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
