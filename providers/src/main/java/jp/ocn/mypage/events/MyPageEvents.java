package jp.ocn.mypage.events;

import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Emits our own steps as Keycloak {@code CUSTOM_REQUIRED_ACTION} events with detail
 * {@code custom_required_action} naming the step: a required action's provider ID, or one of the step names
 * below for steps that are no required action.
 */
public final class MyPageEvents {

    /** A one-time code was sent (or not) during sign-in or an action. */
    public static final String CODE_SEND = "mypage_code_send";
    /** A one-time code was checked. */
    public static final String CODE_VERIFY = "mypage_code_verify";
    /** Recovery by customer number: a code to one contact phone. */
    public static final String RECOVERY_CODE_SEND = "mypage_recovery_code_send";
    /** Recovery by customer number: the background job of one attempt ran (detail {@code sent}). */
    public static final String RECOVERY_CODE_JOB = "mypage_recovery_code_job";

    /** A legacy password hash checked outside the login form was refused (malformed or over its limits). */
    public static final String LEGACY_HASH_CHECK = "mypage_legacy_hash_check";

    private MyPageEvents() {}

    /** A copy of the flow's event builder, turned into our step's event (the flow's own event stays untouched). */
    public static EventBuilder step(EventBuilder flowEvent, UserModel user, String step) {
        EventBuilder event =
                flowEvent.clone().event(EventType.CUSTOM_REQUIRED_ACTION).detail(Details.CUSTOM_REQUIRED_ACTION, step);
        return user == null ? event : event.user(user);
    }

    /** Our step's event outside any flow (background work). */
    public static EventBuilder step(KeycloakSession session, RealmModel realm, String step) {
        return new EventBuilder(realm, session)
                .event(EventType.CUSTOM_REQUIRED_ACTION)
                .detail(Details.CUSTOM_REQUIRED_ACTION, step);
    }
}
