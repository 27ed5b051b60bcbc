package jp.ocn.mypage.customer;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * After a directory change: accounts that may no longer sign in (every linked customer withdrawn, or cancelled
 * past retention) lose their sessions, online and offline, so their next token refresh fails. Clients with a
 * back-channel logout URL are told.
 */
public final class SessionsOfRefusedAccounts {

    private static final Logger LOG = Logger.getLogger(SessionsOfRefusedAccounts.class);

    private final KeycloakSession session;
    private final RealmModel realm;

    public SessionsOfRefusedAccounts(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    /** Checks the accounts linked to these customer numbers; returns how many accounts lost their sessions. */
    public int endFor(Collection<String> customerNumbers) {
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        Set<String> userIds = new LinkedHashSet<>();
        customerNumbers.forEach(n -> directory.linkedUserId(realm, n).ifPresent(userIds::add));
        int ended = 0;
        for (String userId : userIds) {
            UserModel user = session.users().getUserById(realm, userId);
            if (user == null || SignInStanding.of(session, realm, userId).allowed()) {
                continue;
            }
            if (UserSessionsEnding.endAll(session, realm, user) > 0) {
                ended++;
            }
        }
        if (ended > 0) {
            LOG.infof("Directory change: sessions of %d account(s) that may no longer sign in were ended", ended);
        }
        return ended;
    }
}
