package jp.ocn.mypage.support;

/**
 * Reads a whole-number setting (realm attribute, authenticator config): blank, unreadable or out-of-range values
 * give the default, so a typo never switches a rule off or lifts a limit.
 */
public final class Setting {

    private Setting() {
    }

    public static int intOr(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n < min || n > max ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
