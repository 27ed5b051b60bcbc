package jp.ocn.mypage.linking;

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
 * Mail notices of linking, from the {@code mypage} email theme: to the account that linked a customer number,
 * and to the owner of a number somebody else tried to link. A mail that cannot be sent never undoes the link.
 */
final class LinkMail {

    private static final Logger LOG = Logger.getLogger(LinkMail.class);

    private LinkMail() {
    }

    static boolean linked(KeycloakSession session, RealmModel realm, UserModel user, String customerNumber) {
        return send(session, realm, user, "mypageLinkedSubject", "mypage-customer-linked.ftl", customerNumber);
    }

    static boolean triedElsewhere(KeycloakSession session, RealmModel realm, UserModel owner, String customerNumber) {
        return send(session, realm, owner, "mypageLinkTriedSubject", "mypage-customer-link-tried.ftl", customerNumber);
    }

    static boolean moved(KeycloakSession session, RealmModel realm, UserModel previousOwner, String customerNumber) {
        return send(session, realm, previousOwner, "mypageLinkMovedSubject", "mypage-customer-link-moved.ftl", customerNumber);
    }

    // Keycloak adds its own attributes (locale, msg, url…) to this map, so it must be mutable.
    private static Map<String, Object> attributes(String customerNumber) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("customerNumber", customerNumber);
        return attributes;
    }

    private static boolean send(KeycloakSession session, RealmModel realm, UserModel user, String subject, String template,
                                String customerNumber) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return false;
        }
        try {
            session.getProvider(EmailTemplateProvider.class).setRealm(realm).setUser(user)
                    .send(subject, List.of(), template, attributes(customerNumber));
            return true;
        } catch (EmailException e) {
            LOG.warnf(e, "Linking notice %s for user %s not sent", template, user.getId());
            return false;
        }
    }
}
