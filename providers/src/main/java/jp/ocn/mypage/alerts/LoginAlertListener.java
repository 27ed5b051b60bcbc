package jp.ocn.mypage.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.history.DeviceNames;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import org.keycloak.events.Event;
import org.keycloak.events.EventListenerProvider;
import org.keycloak.events.EventType;
import org.keycloak.events.admin.AdminEvent;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;

/**
 * ログインアラート: every sign-in ({@code LOGIN} event, whatever the route) of an account with a confirmed alert
 * address is reported there: when, from which IP and device, to which service. An address still waiting for its
 * confirmation link gets nothing. Runs in a transaction of its own: Keycloak delivers events after the request's.
 */
final class LoginAlertListener implements EventListenerProvider {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private final KeycloakSession requestSession;

    LoginAlertListener(KeycloakSession requestSession) {
        this.requestSession = requestSession;
    }

    @Override
    public void onEvent(Event event) {
        if (event.getType() != EventType.LOGIN || event.getUserId() == null) {
            return;
        }
        KeycloakModelUtils.runJobInTransaction(
                requestSession.getKeycloakSessionFactory(),
                requestSession.getContext(),
                session -> alert(session, event));
    }

    private static void alert(KeycloakSession session, Event event) {
        RealmModel realm = session.realms().getRealm(event.getRealmId());
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        UserModel user = session.users().getUserById(realm, event.getUserId());
        String address = user == null ? null : user.getFirstAttribute(LoginAlertAction.ADDRESS_ATTRIBUTE);
        if (address == null || address.isBlank()) {
            return;
        }
        Map<String, String> details = event.getDetails() == null ? Map.of() : event.getDetails();
        NoticeMail.sendTo(
                session,
                realm,
                user,
                address,
                Notice.LOGIN_ALERT,
                Map.of(
                        "when", WHEN.format(Instant.ofEpochMilli(event.getTime())),
                        "ip", String.valueOf(event.getIpAddress()),
                        "device", DeviceNames.describe(details.get(MyPageDetails.USER_AGENT)),
                        "client", String.valueOf(event.getClientId())));
    }

    @Override
    public void onEvent(AdminEvent event, boolean includeRepresentation) {}

    @Override
    public void close() {}
}
