package jp.ocn.mypage.alerts;

import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Event listener {@code mypage-login-alert}; enabled in realm-config's {@code eventsListeners}. */
public final class LoginAlertListenerFactory
        implements EventListenerProviderFactory, NoLifecycle<EventListenerProvider> {

    public static final String ID = "mypage-login-alert";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new LoginAlertListener(session);
    }

    @Override
    public String getId() {
        return ID;
    }
}
