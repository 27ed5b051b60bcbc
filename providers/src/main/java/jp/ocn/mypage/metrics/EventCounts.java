package jp.ocn.mypage.metrics;

import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.daccount.DAccountIdentityProviderFactory;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.linking.CustomerLinkAction;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventType;

/**
 * Which of our counters a Keycloak event moves, and with which tags. Read from the events our steps already emit
 * (the event log and the counters cannot disagree); tag values come from small fixed sets, never from user input.
 */
final class EventCounts {

    static final String CODE_SENDS = "mypage.code.sends";
    static final String LOCKOUTS = "mypage.lockouts";
    static final String LINK_ATTEMPTS = "mypage.link.attempts";
    static final String DACCOUNT_SIGN_INS = "mypage.daccount.sign.ins";
    static final String MAINTENANCE_REFUSALS = "mypage.maintenance.refusals";

    /** One increment of one counter. */
    record Count(String name, Map<String, String> tags) {}

    private EventCounts() {}

    static Optional<Count> of(Event event) {
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        String error = event.getError();
        EventType type = event.getType();
        String step = details.get(Details.CUSTOM_REQUIRED_ACTION);
        if (MyPageErrors.MAINTENANCE.equals(error)) {
            return count(MAINTENANCE_REFUSALS, "event", type.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (MyPageEvents.CODE_SEND.equals(step) || MyPageEvents.RECOVERY_CODE_SEND.equals(step)) {
            String outcome = error == null
                    ? "sent"
                    : MyPageErrors.CODE_QUOTA.equals(error)
                            ? "quota"
                            : MyPageErrors.CODE_SEND_FAILED.equals(error) ? "failed" : null;
            if (outcome == null) {
                return Optional.empty();
            }
            return Optional.of(new Count(
                    CODE_SENDS,
                    Map.of(
                            "channel",
                            oneOf(details.get(MyPageDetails.CHANNEL), "sms", "voice"),
                            "outcome",
                            outcome,
                            "purpose",
                            MyPageEvents.CODE_SEND.equals(step) ? "sign_in_or_action" : "recovery")));
        }
        if (CustomerLinkAction.PROVIDER_ID.equals(step)) {
            if (error == null) {
                return details.containsKey(MyPageDetails.CUSTOMER_NUMBER)
                        ? count(LINK_ATTEMPTS, "outcome", "linked")
                        : Optional.empty();
            }
            return switch (error) {
                case MyPageErrors.LINK_LIMITED -> count(LINK_ATTEMPTS, "outcome", "limited");
                case MyPageErrors.LINK_PROOF_FAILED -> count(LINK_ATTEMPTS, "outcome", "proof_failed");
                case MyPageErrors.LINK_ELSEWHERE -> count(LINK_ATTEMPTS, "outcome", "elsewhere");
                default -> Optional.empty();
            };
        }
        if (type == EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT) {
            return count(LOCKOUTS, "kind", "temporary");
        }
        if (type == EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT) {
            return count(LOCKOUTS, "kind", "permanent");
        }
        if (MyPageErrors.UNKNOWN_ID_LOCKED.equals(error)) {
            // An ID nobody holds, answered as locked: counted per locked answer (there is no account to lock).
            return count(LOCKOUTS, "kind", "unknown_id_answer");
        }
        if (DAccountIdentityProviderFactory.PROVIDER_ID.equals(details.get(Details.IDENTITY_PROVIDER))
                && (type == EventType.LOGIN || type == EventType.LOGIN_ERROR)) {
            return count(DACCOUNT_SIGN_INS, "outcome", error == null ? "success" : "error");
        }
        return Optional.empty();
    }

    private static Optional<Count> count(String name, String tag, String value) {
        return Optional.of(new Count(name, Map.of(tag, value)));
    }

    private static String oneOf(String value, String... allowed) {
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        return "other";
    }
}
