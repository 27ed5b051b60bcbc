package jp.ocn.mypage.maintenance;

import java.time.Duration;
import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;
import org.keycloak.models.RoleModel;
import org.keycloak.models.UserModel;

/** Realm settings of maintenance windows (realm attributes, realm-config {@code maintenance.json}). */
record MaintenanceSettings(Duration notice, boolean refuseRefresh) {

    static final String NOTICE_MINUTES = "mypage.maintenance.noticeMinutes";
    static final String REFUSE_REFRESH = "mypage.maintenance.refuseRefresh";
    /** Members of this realm role still sign in during a window (to check the system before opening it). */
    static final String OPERATOR_ROLE = "mypage-operator";

    static MaintenanceSettings of(RealmModel realm) {
        return new MaintenanceSettings(
                Duration.ofMinutes(Setting.realmInt(realm, NOTICE_MINUTES, 1440, 0, 60 * 24 * 30)),
                Setting.realmFlag(realm, REFUSE_REFRESH));
    }

    static boolean isOperator(RealmModel realm, UserModel user) {
        RoleModel role = realm.getRole(OPERATOR_ROLE);
        return role != null && user != null && user.hasRole(role);
    }
}
