package jp.ocn.mypage.password;

import java.util.Map;
import jp.ocn.mypage.customer.UserSessionsEnding;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * After a user changes or resets their password: a temporary lockout is lifted, every other session of the
 * account ends (offline ones too, with back-channel logout), and a mail tells the owner (with seed 002's reminder about mail apps). Runs in a transaction of
 * its own, because Keycloak delivers events after the request's transaction has ended.
 */
final class PasswordChangeListener implements EventListenerProvider {

    private final KeycloakSession requestSession;

    PasswordChangeListener(KeycloakSession requestSession) {
        this.requestSession = requestSession;
    }

    @Override
    public void onEvent(Event event) {
        if (!isPasswordChange(event) || event.getUserId() == null) {
            return;
        }
        // The request's context goes along: back-channel logout names the issuer of its logout tokens from it.
        KeycloakModelUtils.runJobInTransaction(
                requestSession.getKeycloakSessionFactory(),
                requestSession.getContext(),
                session -> afterChange(session, event));
    }

    static boolean isPasswordChange(Event event) {
        if (event.getType() == EventType.UPDATE_PASSWORD || event.getType() == EventType.RESET_PASSWORD) {
            return true;
        }
        Map<String, String> details = event.getDetails();
        return event.getType() == EventType.UPDATE_CREDENTIAL
                && details != null
                && PasswordCredentialModel.TYPE.equals(details.get(Details.CREDENTIAL_TYPE));
    }

    private static void afterChange(KeycloakSession session, Event event) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, event.getUserId());
        if (user == null || !firstReportOf(session, user)) {
            return;
        }
        BruteForceProtector protector = session.getProvider(BruteForceProtector.class);
        if (!protector.isPermanentlyLockedOut(session, realm, user)) {
            session.loginFailures().removeUserLoginFailure(realm, user.getId());
        }
        // Every other session ends, offline ones included (their refresh tokens too); clients with a back-channel
        // logout URL get a logout token. Only the session that made the change (online, and its offline twin,
        // which shares its id) goes on.
        UserSessionsEnding.end(session, realm, user, us -> us.getId().equals(event.getSessionId()));
        NoticeMail.send(session, realm, user, Notice.PASSWORD_CHANGED, Map.of("username", user.getUsername()));
    }

    /**
     * Keycloak reports one change several times (UPDATE_PASSWORD, UPDATE_CREDENTIAL, RESET_PASSWORD): the new
     * password credential's creation time names the change, so only its first report does the work.
     */
    private static boolean firstReportOf(KeycloakSession session, UserModel user) {
        long created = PasswordAgePrompt.passwordSetAt(user).orElse(0L);
        return session.singleUseObjects().putIfAbsent("mypage-password-change:" + user.getId() + ":" + created, 3600);
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // An operator's reset is not the owner's change: no mail, sessions stay as the operator chose.
    }

    @Override
    public void close() {}
}
