package jp.ocn.mypage.lockout;

import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;

/** Realm settings of the lockout mail: how long its unlock link lives (realm attribute, default 30 minutes). */
record LockoutSettings(int unlockLinkSeconds) {

    static final String UNLOCK_LINK_SECONDS = "mypage.lockout.unlockLinkSeconds";
    /** At most one lockout mail per account in this time. */
    static final int MAIL_INTERVAL_SECONDS = 3600;

    static LockoutSettings of(RealmModel realm) {
        return new LockoutSettings(Setting.intOr(realm.getAttribute(UNLOCK_LINK_SECONDS), 1800, 10, 86_400));
    }
}
