package jp.ocn.mypage.mail;

import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The confirmation mail of a mail change (the notice to the old address is {@code Notice.MAIL_CHANGED}), and address masking. */
final class MailChangeMail {

    private static final Logger LOG = Logger.getLogger(MailChangeMail.class);

    private MailChangeMail() {}

    /** Keycloak's own "confirm your new address" mail, sent to the new address only. */
    static boolean confirmation(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            AuthenticationSessionModel auth,
            String link,
            long lifetimeMinutes,
            String newEmail) {
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setAuthenticationSession(auth)
                    .setRealm(realm)
                    .setUser(user)
                    .sendEmailUpdateConfirmation(link, lifetimeMinutes, newEmail);
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Mail change confirmation for user %s not sent", user.getId());
            return false;
        }
    }

    /** {@code taro.yamada@example.jp} → {@code ta***@example.jp}: recognisable to its owner, no more. */
    static String mask(String email) {
        if (email == null) {
            return "";
        }
        int at = email.indexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.substring(0, Math.min(2, at)) + "***" + email.substring(at);
    }
}
