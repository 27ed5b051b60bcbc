package jp.ocn.mypage.linking;

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
        return new LinkConfig(number(realm.getAttribute(PER_ACCOUNT), 5), number(realm.getAttribute(PER_NUMBER), 5),
                "true".equalsIgnoreCase(realm.getAttribute(ALLOW_MOVE)));
    }

    static int number(String value, int fallback) {
        try {
            int n = value == null ? fallback : Integer.parseInt(value.trim());
            return n < 1 || n > 1000 ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
