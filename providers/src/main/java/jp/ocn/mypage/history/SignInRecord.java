package jp.ocn.mypage.history;

import jakarta.ws.rs.core.HttpHeaders;
import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.KeycloakSession;

/**
 * What the login history needs that Keycloak's login events do not hold: the browser's user agent, and how the
 * sign-in was proven. The steps that send sign-in events add them to the flow's event (so the stored {@code LOGIN}
 * or {@code LOGIN_ERROR} carries them).
 */
public final class SignInRecord {

    /** Longer user agents are cut: the device name needs the start only. */
    static final int MAX_USER_AGENT = 250;

    private SignInRecord() {}

    /** Adds the request's user agent to the event. */
    public static void device(EventBuilder event, KeycloakSession session) {
        HttpHeaders headers = session.getContext().getRequestHeaders();
        String agent = headers == null ? null : headers.getHeaderString(HttpHeaders.USER_AGENT);
        if (agent != null && !agent.isBlank()) {
            event.detail(
                    MyPageDetails.USER_AGENT,
                    agent.length() > MAX_USER_AGENT ? agent.substring(0, MAX_USER_AGENT) : agent);
        }
    }

    /** Adds the method of the sign-in step: {@code password}, {@code sms} or {@code voice}. */
    public static void method(EventBuilder event, String method) {
        event.detail(MyPageDetails.SIGN_IN_METHOD, method);
    }
}
