package jp.ocn.mypage.support;

import org.jboss.logging.Logger;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.RealmModel;

/**
 * The one way our providers read a setting, per kind: a realm attribute ({@link #realmInt}, {@link #realmFlag}) or an
 * authenticator config entry ({@link #configValue}, {@link #configInt}), changed at run time by realm-config or the
 * admin console. Blank values give the default; unreadable or out-of-range whole numbers give the default too, with a
 * warning in the log, so a typo never switches a rule off or lifts a limit. Start-up settings (SPI options and
 * environment variables, e.g. {@code TwilioConfig}) are different: they are read once and a bad one stops the start.
 */
public final class Setting {

    private static final Logger LOG = Logger.getLogger(Setting.class);

    private Setting() {}

    /** A whole-number realm attribute within {@code [min, max]}, else {@code fallback}. */
    public static int realmInt(RealmModel realm, String attribute, int fallback, int min, int max) {
        return checked(
                "realm " + realm.getName() + " attribute " + attribute,
                realm.getAttribute(attribute),
                fallback,
                min,
                max);
    }

    /** A realm attribute that switches something on: only {@code true} (any case) does. */
    public static boolean realmFlag(RealmModel realm, String attribute) {
        return "true".equalsIgnoreCase(trimmed(realm.getAttribute(attribute)));
    }

    /** A realm attribute that is on unless switched off: only {@code false} (any case) does, so a typo keeps it on. */
    public static boolean realmFlagDefaultOn(RealmModel realm, String attribute) {
        return !"false".equalsIgnoreCase(trimmed(realm.getAttribute(attribute)));
    }

    /** One entry of an authenticator's configuration, or null when there is no configuration or no such entry. */
    public static String configValue(AuthenticatorConfigModel config, String key) {
        return config == null || config.getConfig() == null
                ? null
                : config.getConfig().get(key);
    }

    /** A whole-number entry of an authenticator's configuration within {@code [min, max]}, else {@code fallback}. */
    public static int configInt(AuthenticatorConfigModel config, String key, int fallback, int min, int max) {
        String where = "authenticator config " + (config == null ? "(none)" : config.getAlias()) + " entry " + key;
        return checked(where, configValue(config, key), fallback, min, max);
    }

    private static int checked(String where, String value, int fallback, int min, int max) {
        Integer n = parsed(value, min, max);
        if (n != null) {
            return n;
        }
        if (trimmed(value) != null) {
            LOG.warnf("%s = '%s' is not a whole number from %d to %d; using %d", where, value, min, max, fallback);
        }
        return fallback;
    }

    private static Integer parsed(String value, int min, int max) {
        String v = trimmed(value);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
