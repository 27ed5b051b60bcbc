package jp.ocn.mypage.daccount;

import java.util.Map;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.events.Details;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventListenerProviderFactory;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * Tells the account mail when a dアカウント was linked (first sign-in after the password, or the portal's
 * {@code kc_action=idp_link:daccount}: Keycloak's {@code FEDERATED_IDENTITY_LINK}) or unlinked
 * ({@code REMOVE_FEDERATED_IDENTITY}, from {@link DAccountUnlinkAction} or any other route), so an owner learns of a
 * link they did not make. Sent in a transaction of its own: events arrive after the request's transaction ended.
 */
final class LinkNoticeListener implements EventListenerProvider {

    private final KeycloakSessionFactory factory;

    LinkNoticeListener(KeycloakSessionFactory factory) {
        this.factory = factory;
    }

    static Notice noticeFor(Event event) {
        if (event.getError() != null
                || event.getUserId() == null
                || event.getDetails() == null
                || !DAccountIdentityProviderFactory.PROVIDER_ID.equals(
                        event.getDetails().get(Details.IDENTITY_PROVIDER))) {
            return null;
        }
        if (event.getType() == EventType.FEDERATED_IDENTITY_LINK) {
            return Notice.DACCOUNT_LINKED;
        }
        return event.getType() == EventType.REMOVE_FEDERATED_IDENTITY ? Notice.DACCOUNT_UNLINKED : null;
    }

    @Override
    public void onEvent(Event event) {
        Notice notice = noticeFor(event);
        if (notice == null) {
            return;
        }
        KeycloakModelUtils.runJobInTransaction(factory, session -> {
            RealmModel realm = session.realms().getRealm(event.getRealmId());
            if (realm == null) {
                return;
            }
            session.getContext().setRealm(realm);
            UserModel user = session.users().getUserById(realm, event.getUserId());
            if (user != null) {
                NoticeMail.send(session, realm, user, notice, Map.of());
            }
        });
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {
        // An administrator's change is no customer's doing: no mail.
    }

    @Override
    public void close() {}

    /** Event listener {@code mypage-daccount-notice}; enabled in realm-config's {@code eventsListeners}. */
    public static final class Factory implements EventListenerProviderFactory, NoLifecycle<EventListenerProvider> {

        public static final String ID = "mypage-daccount-notice";

        @Override
        public EventListenerProvider create(KeycloakSession session) {
            return new LinkNoticeListener(session.getKeycloakSessionFactory());
        }

        @Override
        public String getId() {
            return ID;
        }
    }
}
