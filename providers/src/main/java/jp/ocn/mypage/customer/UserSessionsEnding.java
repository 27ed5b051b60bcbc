package jp.ocn.mypage.customer;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Ends sessions of one account, online and offline, with Keycloak's own back-channel logout, so clients with a
 * back-channel logout URL get a logout token. Without an HTTP request (a job at start-up) there is nobody to
 * name the issuer of a logout token: the sessions are then just removed.
 */
public final class UserSessionsEnding {

    private static final Logger LOG = Logger.getLogger(UserSessionsEnding.class);

    private UserSessionsEnding() {}

    /** Ends every session of the user except those {@code keep} accepts; returns how many ended. */
    public static int end(KeycloakSession session, RealmModel realm, UserModel user, Predicate<UserSessionModel> keep) {
        List<UserSessionModel> ending = Stream.concat(
                        session.sessions().getUserSessionsStream(realm, user),
                        session.sessions().getOfflineUserSessionsStream(realm, user))
                .filter(keep.negate())
                .toList();
        ending.forEach(us -> logout(session, realm, us));
        return ending.size();
    }

    public static int endAll(KeycloakSession session, RealmModel realm, UserModel user) {
        return end(session, realm, user, us -> false);
    }

    private static void logout(KeycloakSession session, RealmModel realm, UserSessionModel userSession) {
        try {
            AuthenticationManager.backchannelLogout(
                    session,
                    realm,
                    userSession,
                    session.getContext().getUri(),
                    session.getContext().getConnection(),
                    session.getContext().getRequestHeaders(),
                    true,
                    userSession.isOffline());
        } catch (RuntimeException e) {
            LOG.debugf(e, "Back-channel logout not possible here; removing session %s", userSession.getId());
            if (userSession.isOffline()) {
                session.sessions().removeOfflineUserSession(realm, userSession);
            } else {
                session.sessions().removeUserSession(realm, userSession);
            }
        }
    }
}
