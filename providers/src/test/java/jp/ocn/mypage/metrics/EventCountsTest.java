package jp.ocn.mypage.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.events.MyPageErrors;
import org.junit.jupiter.api.Test;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

class EventCountsTest {

    private static Event event(EventType type, String error, Map<String, String> details) {
        Event e = new Event();
        e.setType(type);
        e.setError(error);
        e.setDetails(new HashMap<>(details));
        return e;
    }

    private static Optional<EventCounts.Count> countOf(EventType type, String error, Map<String, String> details) {
        return EventCounts.of(event(type, error, details));
    }

    @Test
    void aSentCodeCountsByChannelAndOutcome() {
        assertThat(countOf(
                        EventType.CUSTOM_REQUIRED_ACTION,
                        null,
                        Map.of("custom_required_action", "mypage_code_send", "channel", "voice")))
                .contains(new EventCounts.Count(
                        EventCounts.CODE_SENDS,
                        Map.of("channel", "voice", "outcome", "sent", "purpose", "sign_in_or_action")));
    }

    @Test
    void aQuotaRefusalAndAProviderFailureAreOutcomesOfTheirOwn() {
        Map<String, String> send = Map.of("custom_required_action", "mypage_code_send", "channel", "sms");
        assertThat(countOf(EventType.CUSTOM_REQUIRED_ACTION_ERROR, MyPageErrors.CODE_QUOTA, send)
                        .orElseThrow()
                        .tags())
                .containsEntry("outcome", "quota");
        assertThat(countOf(EventType.CUSTOM_REQUIRED_ACTION_ERROR, MyPageErrors.CODE_SEND_FAILED, send)
                        .orElseThrow()
                        .tags())
                .containsEntry("outcome", "failed");
    }

    @Test
    void aRecoveryCodeCountsAsRecovery() {
        assertThat(countOf(
                                EventType.CUSTOM_REQUIRED_ACTION,
                                null,
                                Map.of("custom_required_action", "mypage_recovery_code_send", "channel", "sms"))
                        .orElseThrow()
                        .tags())
                .containsEntry("purpose", "recovery");
    }

    @Test
    void aChannelValueFromOutsideTheKnownSetBecomesOther() {
        assertThat(countOf(
                                EventType.CUSTOM_REQUIRED_ACTION,
                                null,
                                Map.of("custom_required_action", "mypage_code_send", "channel", "x".repeat(300)))
                        .orElseThrow()
                        .tags())
                .containsEntry("channel", "other");
    }

    @Test
    void keycloakLocksAndLockedUnknownIdsCountAsLockouts() {
        assertThat(countOf(EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT, null, Map.of()))
                .contains(new EventCounts.Count(EventCounts.LOCKOUTS, Map.of("kind", "temporary")));
        assertThat(countOf(EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT, null, Map.of()))
                .contains(new EventCounts.Count(EventCounts.LOCKOUTS, Map.of("kind", "permanent")));
        assertThat(countOf(EventType.LOGIN_ERROR, MyPageErrors.UNKNOWN_ID_LOCKED, Map.of()))
                .contains(new EventCounts.Count(EventCounts.LOCKOUTS, Map.of("kind", "unknown_id_answer")));
    }

    @Test
    void linkAttemptsCountByOutcomeAndPuttingOffIsNoAttempt() {
        Map<String, String> link = Map.of("custom_required_action", "mypage-link-customer");
        assertThat(countOf(EventType.CUSTOM_REQUIRED_ACTION_ERROR, MyPageErrors.LINK_PROOF_FAILED, link))
                .contains(new EventCounts.Count(EventCounts.LINK_ATTEMPTS, Map.of("outcome", "proof_failed")));
        assertThat(countOf(
                        EventType.CUSTOM_REQUIRED_ACTION,
                        null,
                        Map.of("custom_required_action", "mypage-link-customer", "customer_number", "N123456789")))
                .contains(new EventCounts.Count(EventCounts.LINK_ATTEMPTS, Map.of("outcome", "linked")));
        assertThat(countOf(
                        EventType.CUSTOM_REQUIRED_ACTION,
                        null,
                        Map.of("custom_required_action", "mypage-link-customer", "link", "later")))
                .isEmpty();
    }

    @Test
    void dAccountSignInsAndMaintenanceRefusalsAreCounted() {
        assertThat(countOf(EventType.LOGIN, null, Map.of("identity_provider", "daccount")))
                .contains(new EventCounts.Count(EventCounts.DACCOUNT_SIGN_INS, Map.of("outcome", "success")));
        assertThat(countOf(EventType.LOGIN, null, Map.of("identity_provider", "other")))
                .isEmpty();
        assertThat(countOf(EventType.LOGIN_ERROR, MyPageErrors.MAINTENANCE, Map.of()))
                .contains(new EventCounts.Count(EventCounts.MAINTENANCE_REFUSALS, Map.of("event", "login_error")));
    }

    @Test
    void anOrdinarySignInMovesNoneOfOurCounters() {
        assertThat(countOf(EventType.LOGIN, null, Map.of("username", "taro"))).isEmpty();
    }
}
