package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.UriInfo;
import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Event listener {@code mypage-lockout-mail}; enabled in realm-config's {@code eventsListeners}. */
public final class LockoutMailListenerFactory
        implements EventListenerProviderFactory, NoLifecycle<EventListenerProvider> {

    public static final String ID = "mypage-lockout-mail";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LockoutMailListener(session.getKeycloakSessionFactory(), requestUri(session));
    }

    /** The request's address, when there is a request (events of background jobs have none: no mail then). */
    private static UriInfo requestUri(KeycloakSession session) {
        try {
            return session.getContext().getUri();
        } catch (RuntimeException e) {
            return null;
        }
    }

    @Override
    public String getId() {
        return ID;
    }
}
