package jp.ocn.mypage.otp;

import jp.ocn.mypage.support.Setting;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;

/**
 * The rules of one-time codes, from the authenticator's configuration in the admin console. Parsed once
 * per use with defaults and bounds, so a typo never weakens a rule.
 */
public record PhoneCodeConfig(
        int lifetimeSeconds,
        int maxFailures,
        int resendCooldownSeconds,
        int perNumberPer10Minutes,
        int perNumberPerDay,
        int perAccountPerDay,
        int perIpPerHour) {

    static final String LIFETIME = "codeLifetimeSeconds";
    static final String MAX_FAILURES = "maxFailures";
    static final String COOLDOWN = "resendCooldownSeconds";
    static final String PER_NUMBER_10_MIN = "perNumberPer10Minutes";
    static final String PER_NUMBER_DAY = "perNumberPerDay";
    static final String PER_ACCOUNT_DAY = "perAccountPerDay";
    static final String PER_IP_HOUR = "perIpPerHour";

    public static final PhoneCodeConfig DEFAULTS = new PhoneCodeConfig(300, 5, 60, 5, 10, 10, 30);

    /** The realm's shared rules (realm-config), which the code screens outside the sign-in flow follow too. */
    public static final String REALM_CONFIG_ALIAS = "mypage phone code";

    /** The rules of the realm's "mypage phone code" configuration, for screens that are not a flow step. */
    public static PhoneCodeConfig forRealm(RealmModel realm) {
        return of(realm.getAuthenticatorConfigByAlias(REALM_CONFIG_ALIAS));
    }

    public static PhoneCodeConfig of(AuthenticatorConfigModel model) {
        // Out-of-range or unreadable values fall back to the default: a rule is never switched off by mistake.
        return new PhoneCodeConfig(
                Setting.configInt(model, LIFETIME, DEFAULTS.lifetimeSeconds, 30, 600),
                Setting.configInt(model, MAX_FAILURES, DEFAULTS.maxFailures, 1, 100),
                Setting.configInt(model, COOLDOWN, DEFAULTS.resendCooldownSeconds, 0, 3600),
                Setting.configInt(model, PER_NUMBER_10_MIN, DEFAULTS.perNumberPer10Minutes, 1, 100),
                Setting.configInt(model, PER_NUMBER_DAY, DEFAULTS.perNumberPerDay, 1, 1000),
                Setting.configInt(model, PER_ACCOUNT_DAY, DEFAULTS.perAccountPerDay, 1, 1000),
                Setting.configInt(model, PER_IP_HOUR, DEFAULTS.perIpPerHour, 1, 10_000));
    }
}
