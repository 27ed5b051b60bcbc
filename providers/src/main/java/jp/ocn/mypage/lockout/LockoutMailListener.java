package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.events.admin.OperationType;
import org.keycloak.events.admin.ResourceType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * When Keycloak locks an account (temporarily or permanently), the owner gets a mail saying so, with a
 * single-use self-service unlock link for this lock, valid 30 minutes ({@link SelfUnlockLink}): at most one mail per
 * account per hour, whatever the attacker does. Sent in a transaction of its own, because events arrive after the
 * request's transaction has ended. Events that lift the lock end the lock's links ({@link LockEpisode}).
 */
final class LockoutMailListener implements EventListenerProvider {

    private static final String MAIL_SLOT = "mypage-lockout-mail:";
    private static final String USER_LOCK_PATH = "attack-detection/brute-force/users/";
    /** Events after which the account is no longer locked (Keycloak or another listener cleared its failures). */
    private static final Set<EventType> LIFTED = EnumSet.of(
            EventType.LOGIN, EventType.UPDATE_PASSWORD, EventType.RESET_PASSWORD, EventType.UPDATE_CREDENTIAL);

    private final KeycloakSessionFactory factory;
    private final UriInfo requestUri;

    /** {@code requestUri}: how the failing sign-in reached the server; the unlock link starts there. */
    LockoutMailListener(KeycloakSessionFactory factory, UriInfo requestUri) {
        this.factory = factory;
        this.requestUri = requestUri;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getUserId() == null) {
            return;
        }
        if (LIFTED.contains(event.getType()) && event.getError() == null) {
            KeycloakModelUtils.runJobInTransaction(factory, session -> LockEpisode.end(session, event.getUserId()));
            return;
        }
        boolean locked = event.getType() == EventType.USER_DISABLED_BY_TEMPORARY_LOCKOUT
                || event.getType() == EventType.USER_DISABLED_BY_PERMANENT_LOCKOUT;
        if (!locked || requestUri == null) {
            return;
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            // Claim the account's mail slot for the hour first, atomically across the cluster; only the winner mails.
            if (session.singleUseObjects()
                    .putIfAbsent(MAIL_SLOT + event.getUserId(), LockoutSettings.MAIL_INTERVAL_SECONDS)) {
                mail(session, event);
            }
        });
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
        int lifetime = LockoutSettings.of(realm).unlockLinkSeconds();
        String lockId = LockEpisode.begin(session, user.getId(), lifetime + 60L);
        String link = SelfUnlockLink.create(session, realm, user, lockId, requestUri, lifetime);
        NoticeMail.send(session, realm, user, Notice.LOCKED, Map.of("link", link, "minutes", (lifetime + 59) / 60));
    }

    /** An operator lifted one account's lock: links sent for it lift nothing later. */
    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        String path = event.getResourcePath();
        if (event.getResourceType() != ResourceType.USER_LOGIN_FAILURE
                || event.getOperationType() != OperationType.DELETE
                || path == null
                || !path.startsWith(USER_LOCK_PATH)) {
            return;
        }
        String userId = path.substring(USER_LOCK_PATH.length());
        KeycloakModelUtils.runJobInTransaction(factory, session -> LockEpisode.end(session, userId));
    }

    @Override
    public void close() {}
}
