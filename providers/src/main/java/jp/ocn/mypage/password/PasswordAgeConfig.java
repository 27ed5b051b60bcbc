package jp.ocn.mypage.password;

import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;

/**
 * The password-age prompt's rules, from realm attributes: ask after {@code promptDays} (180), ask again
 * {@code snoozeDays} (7) after 後で変更する, and force the change after {@code hardLimitDays} (0 = never).
 */
record PasswordAgeConfig(int promptDays, int snoozeDays, int hardLimitDays) {

    static final String PROMPT_DAYS = "mypage.passwordAge.promptDays";
    static final String SNOOZE_DAYS = "mypage.passwordAge.snoozeDays";
    static final String HARD_LIMIT_DAYS = "mypage.passwordAge.hardLimitDays";

    static PasswordAgeConfig of(RealmModel realm) {
        return new PasswordAgeConfig(
                Setting.realmInt(realm, PROMPT_DAYS, 180, 1, 36_500),
                Setting.realmInt(realm, SNOOZE_DAYS, 7, 1, 36_500),
                Setting.realmInt(realm, HARD_LIMIT_DAYS, 0, 0, 36_500));
    }

    boolean hardLimitOn() {
        return hardLimitDays > 0;
    }
}
