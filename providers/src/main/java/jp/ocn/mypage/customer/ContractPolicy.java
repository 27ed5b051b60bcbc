package jp.ocn.mypage.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.logging.Logger;
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
    private static final Logger LOG = Logger.getLogger(ContractPolicy.class);

    public static LocalDate today() {
        return LocalDate.now(JST);
    }

    public static ContractPolicy of(RealmModel realm) {
        String value = realm.getAttribute(RETENTION_ATTRIBUTE);
        if (value == null || value.isBlank()) {
            return new ContractPolicy(DEFAULT_RETENTION_DAYS);
        }
        try {
            int days = Integer.parseInt(value.trim());
            if (days >= 0 && days <= 3650) {
                return new ContractPolicy(days);
            }
        } catch (NumberFormatException ignored) {
            // fall through to the default below
        }
        LOG.warnf("Realm %s: %s=%s is not a number of days from 0 to 3650; using %d", realm.getName(),
                RETENTION_ATTRIBUTE, value, DEFAULT_RETENTION_DAYS);
        return new ContractPolicy(DEFAULT_RETENTION_DAYS);
    }
}
