package jp.ocn.mypage.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Sends one of our {@link Notice} mails to an account's address through Keycloak's {@link EmailTemplateProvider}
 * (realm SMTP settings, the user's locale, the {@code mypage} email theme). A notice that cannot be sent never
 * undoes what it tells about: it is logged and reported as not sent.
 */
public final class NoticeMail {

    private static final Logger LOG = Logger.getLogger(NoticeMail.class);

    private NoticeMail() {}

    /** Returns whether the mail went out; {@code false} also for an account without a mail address. */
    public static boolean send(
            KeycloakSession session, RealmModel realm, UserModel user, Notice notice, Map<String, Object> attributes) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        try {
            // Keycloak adds its own attributes (locale, msg, url…) to the map, so hand it a mutable copy.
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(notice.subjectKey(), List.of(), notice.template(), new HashMap<>(attributes));
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Notice %s for user %s not sent", notice, user.getId());
            return false;
        }
    }

    /**
     * As {@link #send}, to {@code address} instead of the account's mail (an address the user chose for a notice),
     * in the user's locale.
     */
    public static boolean sendTo(
            KeycloakSession session,
            RealmModel realm,
            UserModel user,
            String address,
            Notice notice,
            Map<String, Object> attributes) {
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setRealm(realm)
                    .setUser(user)
                    .send(notice.subjectKey(), List.of(), notice.template(), new HashMap<>(attributes), address);
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Notice %s for user %s not sent to the chosen address", notice, user.getId());
            return false;
        }
    }
}
