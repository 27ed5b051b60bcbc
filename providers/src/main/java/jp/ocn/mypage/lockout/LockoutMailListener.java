package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * When Keycloak locks an account (temporarily or permanently), the owner gets a mail saying so, with a
 * single-use self-service unlock link valid 30 minutes ({@link SelfUnlockLink}). Sent in a transaction of its
 * own, because events arrive after the request's transaction has ended.
 */
final class LockoutMailListener implements EventListenerProvider {

    private static final Logger LOG = Logger.getLogger(LockoutMailListener.class);

    private final KeycloakSessionFactory factory;
    private final UriInfo requestUri;

    /** {@code requestUri}: how the failing sign-in reached the server; the unlock link starts there. */
    LockoutMailListener(KeycloakSessionFactory factory, UriInfo requestUri) {
        this.factory = factory;
        this.requestUri = requestUri;
    }

    @Override
    public void onEvent(Event event) {
        boolean locked = event.getType() == EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT
                || event.getType() == EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT;
        if (!locked || event.getUserId() == null || requestUri == null) {
            return;
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> mail(session, event));
    }

    private void mail(KeycloakSession session, Event event) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, event.getUserId());
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            return;
        }
        String link = SelfUnlockLink.create(session, realm, user, requestUri);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("link", link);
        attributes.put("minutes", SelfUnlockToken.LIFETIME_SECONDS / 60);
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send("mypageLockedSubject", List.of(), "mypage-locked.ftl", attributes);
        } catch (EmailException e) {
            LOG.warnf(e, "Lockout notice for user %s not sent", user.getId());
        }
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
    }

    @Override
    public void close() {
    }
}
