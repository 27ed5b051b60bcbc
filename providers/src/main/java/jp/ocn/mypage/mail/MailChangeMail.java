package jp.ocn.mypage.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/** The mails of a mail change: the confirmation link to the new address, the notice to the old one. */
final class MailChangeMail {

    private static final Logger LOG = Logger.getLogger(MailChangeMail.class);

    private MailChangeMail() {
    }

    /** Keycloak's own "confirm your new address" mail, sent to the new address only. */
    static boolean confirmation(KeycloakSession session, RealmModel realm, UserModel user, AuthenticationSessionModel auth,
                                String link, long lifetimeMinutes, String newEmail) {
        try {
            session.getProvider(EmailTemplateProvider.class).setAuthenticationSession(auth).setRealm(realm).setUser(user)
                    .sendEmailUpdateConfirmation(link, lifetimeMinutes, newEmail);
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Mail change confirmation for user %s not sent", user.getId());
            return false;
        }
    }

    /** To the address being replaced (call before the change): names the new address only masked. */
    static boolean changedNotice(KeycloakSession session, RealmModel realm, UserModel user, String newEmail) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("newEmailMasked", mask(newEmail));
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send("mypageMailChangedSubject", List.of(), "mypage-mail-changed.ftl", attributes);
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Mail change notice for user %s not sent", user.getId());
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
