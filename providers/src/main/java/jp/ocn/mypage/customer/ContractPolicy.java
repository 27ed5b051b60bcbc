package jp.ocn.mypage.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.ocn.mypage.support.Setting;
import org.keycloak.models.RealmModel;

/**
 * Per-realm contract rules, kept as realm attributes so realm-config sets them and tests may shorten them.
 * {@code mypage.cancelledRetentionDays}: how long a cancelled (解約後) customer may still sign in, read-only.
 */
public record ContractPolicy(int cancelledRetentionDays) {

    public static final String RETENTION_ATTRIBUTE = "mypage.cancelledRetentionDays";
    public static final int DEFAULT_RETENTION_DAYS = 90;
    /** Contract dates are Japanese calendar days. */
    public static final Clock JST = Clock.system(ZoneId.of("Asia/Tokyo"));

    public static LocalDate today() {
        return LocalDate.now(JST);
    }

    public static ContractPolicy of(RealmModel realm) {
        return new ContractPolicy(Setting.realmInt(realm, RETENTION_ATTRIBUTE, DEFAULT_RETENTION_DAYS, 0, 3650));
    }
}
