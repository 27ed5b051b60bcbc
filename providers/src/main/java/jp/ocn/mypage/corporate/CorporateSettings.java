package jp.ocn.mypage.corporate;

import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;

/** Realm settings of corporate accounts (realm attributes, set in {@code realm-config/mypage/corporate.json}). */
final class CorporateSettings {

    /** Separation of duties: nobody holds 申請 and 承認 at once. On unless set to {@code false}. */
    static final String SEPARATION_OF_DUTIES = "mypage.corporate.separationOfDuties";

    /** How long a level-2 sign-in counts for state-changing calls (design.md: 300 s). */
    static final int STEP_UP_MAX_AGE_SECONDS = 300;

    private CorporateSettings() {}

    static boolean separationOfDuties(RealmModel realm) {
        return Setting.realmFlagDefaultOn(realm, SEPARATION_OF_DUTIES);
    }
}
