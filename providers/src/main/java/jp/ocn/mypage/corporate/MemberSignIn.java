package jp.ocn.mypage.corporate;

import java.util.List;
import org.jboss.logging.Logger;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.managers.DefaultBruteForceProtector;
import org.keycloak.services.resources.LoginActionsService;

/** Helping a member sign in again, through Keycloak's own machinery: its brute-force state and set-password mail. */
final class MemberSignIn {

    private static final Logger LOG = Logger.getLogger(MemberSignIn.class);

    private MemberSignIn() {}

    /**
     * Clears the account's lockout. The stored state, not the blocking protector's (that one also answers "locked"
     * while another sign-in runs); a permanent lockout's own disabling is undone, an administrator's is not.
     */
    static void unlock(KeycloakSession session, RealmModel realm, UserModel user) {
        BruteForceProtector protector = new DefaultBruteForceProtector(session.getKeycloakSessionFactory());
        if (protector.isPermanentlyLockedOut(session, realm, user)) {
            protector.cleanUpPermanentLockout(session, realm, user);
            user.setEnabled(true);
        }
        session.loginFailures().removeUserLoginFailure(realm, user.getId());
    }

    /**
     * Keycloak's execute-actions mail with a set-password link (UPDATE_PASSWORD), valid {@code lifespanSeconds}: the
     * invitation of a new user ID and an administrator's password reset. False when the mail could not be sent.
     */
    static boolean sendPasswordMail(CorporateRequest request, UserModel user, int lifespanSeconds) {
        List<String> actions = List.of(UserModel.RequiredAction.UPDATE_PASSWORD.name());
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(
                user.getId(),
                user.getEmail(),
                Time.currentTime() + lifespanSeconds,
                actions,
                null,
                Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
        var uri = request.session().getContext().getUri();
        String link = LoginActionsService.actionTokenProcessor(uri)
                .queryParam("key", token.serialize(request.session(), request.realm(), uri))
                .build(request.realm().getName())
                .toString();
        try {
            request.session()
                    .getProvider(EmailTemplateProvider.class)
                    .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, actions)
                    .setRealm(request.realm())
                    .setUser(user)
                    .sendExecuteActions(link, lifespanSeconds / 60);
            return true;
        } catch (EmailException e) {
            LOG.warnf("Set-password mail to a corporate member could not be sent: %s", e.getMessage());
            return false;
        }
    }
}
