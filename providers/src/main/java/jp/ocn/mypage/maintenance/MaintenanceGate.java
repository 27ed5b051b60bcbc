package jp.ocn.mypage.maintenance;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.support.UserGate;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.RealmModel;

/**
 * Refuses sign-in during a maintenance window of the client, telling when it ends (JST), except to members of
 * realm role {@code mypage-operator}. Runs once the user is known; realm-config puts it in every flow that ends
 * in a sign-in (browser, reset routes, post broker login).
 */
final class MaintenanceGate extends UserGate {

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        String clientId = context.getAuthenticationSession().getClient().getClientId();
        Optional<MaintenanceWindow> window = MaintenanceWindows.refusing(realm, clientId, Instant.now());
        if (window.isEmpty()) {
            context.success();
            return;
        }
        context.getEvent().detail(MyPageDetails.MAINTENANCE_WINDOW, window.get().id());
        if (MaintenanceSettings.isOperator(realm, context.getUser())) {
            context.getEvent().detail(MyPageDetails.MAINTENANCE, "operator");
            context.success();
            return;
        }
        context.getEvent().user(context.getUser()).error(MyPageErrors.MAINTENANCE);
        MaintenanceWindow w = window.get();
        refuse(
                context,
                Response.Status.SERVICE_UNAVAILABLE,
                "mypageMaintenanceRefused",
                MaintenanceWindow.jstDate(w.end()),
                MaintenanceWindow.jstTime(w.end()),
                w.message(MaintenanceNotice.english(context.getSession(), context.getUser())));
    }
}
