package jp.ocn.mypage.password;

import org.keycloak.Config;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

/** Event listener {@code mypage-password-change}; enabled in realm-config's {@code eventsListeners}. */
public final class PasswordChangeListenerFactory implements EventListenerProviderFactory {

    public static final String ID = "mypage-password-change";

    @Override
    public EventListenerProvider create(KeycloakSession session) {
        return new PasswordChangeListener(session);
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
