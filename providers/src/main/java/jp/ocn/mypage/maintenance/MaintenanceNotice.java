package jp.ocn.mypage.maintenance;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The login page's maintenance notice: a window of this client that is under way, or that starts within the
 * notice period (realm attribute {@code mypage.maintenance.noticeMinutes}). The theme's {@code login.ftl} shows
 * attribute {@code mypageMaintenance}: {@code active}, start and end as JST date and {@code HH:MM}, message.
 */
public final class MaintenanceNotice {

    public static final String ATTRIBUTE = "mypageMaintenance";

    private MaintenanceNotice() {}

    /** Puts the notice on the form when there is one to show. */
    public static void addTo(LoginFormsProvider form, KeycloakSession session, AuthenticationSessionModel auth) {
        of(session, auth.getRealm(), auth.getClient().getClientId()).ifPresent(n -> form.setAttribute(ATTRIBUTE, n));
    }

    static Optional<Map<String, Object>> of(KeycloakSession session, RealmModel realm, String clientId) {
        Instant now = Instant.now();
        boolean english = english(session, null);
        Optional<MaintenanceWindow> active = MaintenanceWindows.refusing(realm, clientId, now);
        if (active.isPresent()) {
            return Optional.of(bean(active.get(), true, english));
        }
        Instant until = now.plus(MaintenanceSettings.of(realm).notice());
        return MaintenanceWindows.announced(realm, clientId, now, until).map(w -> bean(w, false, english));
    }

    static boolean english(KeycloakSession session, UserModel user) {
        return "en".equals(session.getContext().resolveLocale(user).getLanguage());
    }

    private static Map<String, Object> bean(MaintenanceWindow w, boolean active, boolean english) {
        return Map.of(
                "active", active,
                "startDate", MaintenanceWindow.jstDate(w.start()),
                "startTime", MaintenanceWindow.jstTime(w.start()),
                "endDate", MaintenanceWindow.jstDate(w.end()),
                "endTime", MaintenanceWindow.jstTime(w.end()),
                "message", w.message(english));
    }
}
