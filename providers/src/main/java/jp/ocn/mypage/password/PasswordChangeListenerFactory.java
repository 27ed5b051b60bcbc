package jp.ocn.mypage.password;

import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;

/** Event listener {@code mypage-password-change}; enabled in realm-config's {@code eventsListeners}. */
public final class PasswordChangeListenerFactory
        implements EventListenerProviderFactory, NoLifecycle<EventListenerProvider> {

    public static final String ID = "mypage-password-change";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new PasswordChangeListener(session);
    }

    @Override
    public String getId() {
        return ID;
    }
}
