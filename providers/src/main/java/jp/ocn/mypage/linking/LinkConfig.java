package jp.ocn.mypage.linking;

import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;

/**
 * Rules of customer-number linking, from realm attributes (realm-config), parsed once per use with defaults;
 * an unreadable value falls back to the default, so a typo never lifts a limit.
 */
record LinkConfig(int failuresPerAccountPerHour, int failuresPerNumberPerDay, boolean allowMove) {

    static final String PER_ACCOUNT = "mypage.link.failuresPerAccountPerHour";
    static final String PER_NUMBER = "mypage.link.failuresPerNumberPerDay";
    static final String ALLOW_MOVE = "mypage.link.allowMoveAfterCode";

    static LinkConfig of(RealmModel realm) {
        return new LinkConfig(
                Setting.realmInt(realm, PER_ACCOUNT, 5, 1, 1000),
                Setting.realmInt(realm, PER_NUMBER, 5, 1, 1000),
                Setting.realmFlag(realm, ALLOW_MOVE));
    }
}
