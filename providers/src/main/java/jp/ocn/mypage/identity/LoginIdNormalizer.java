package jp.ocn.mypage.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns what a customer typed into the login field into a canonical ID. Customers paste from mails and
 * type on Japanese keyboards: full-width characters, ideographic spaces, zero-width characters, lower-case
 * {@code n} and any of a dozen hyphen-like characters all occur.
 */
public final class LoginIdNormalizer {

    /** Longest mail address SMTP allows; anything longer cannot be an OCN ID. */
    public static final int MAX_ID_LENGTH = 254;
    /** Inputs longer than this are refused before any Unicode work, so a 10 MB paste costs nothing. */
    private static final int MAX_RAW_LENGTH = 1024;

    /**
     * Hyphen-like characters customers type inside customer numbers. NFKC folds the full-width and
     * half-width forms but leaves U+2212 (minus) and the long vowel marks alone, so they are listed here.
     */
    private static final Pattern HYPHENS_AND_SPACES =
            Pattern.compile("[\\s\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30FC\uFF70\uFF0D\u2043\uFE63]+");

    private static final Pattern CUSTOMER_NUMBER = Pattern.compile("N[0-9]{9}");
    /**
     * An attempt at a customer number: digits with or without the leading N, or N and mostly digits with a
     * mistyped letter (O for 0). Names such as NAKAMURA have too few digits to count.
     */
    private static final Pattern CUSTOMER_NUMBER_ATTEMPT =
            Pattern.compile("N?[0-9]{4,}|N(?=(?:[A-Z]*[0-9]){6})[0-9A-Z]{6,11}");

    private static final Pattern MAIL = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private LoginIdNormalizer() {}

    public static LoginId parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new LoginId(LoginIdKind.EMPTY, "");
        }
        if (raw.length() > MAX_RAW_LENGTH) {
            return new LoginId(LoginIdKind.TOO_LONG, "");
        }
        String text = clean(raw);
        if (text.isEmpty()) {
            return new LoginId(LoginIdKind.EMPTY, "");
        }
        if (text.length() > MAX_ID_LENGTH) {
            return new LoginId(LoginIdKind.TOO_LONG, "");
        }
        if (text.indexOf('@') >= 0) {
            return mail(text);
        }
        return customerNumber(text);
    }

    /** NFKC, then drop invisible format characters (zero-width space, joiners, BOM, soft hyphen) and trim. */
    static String clean(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .filter(cp -> Character.getType(cp) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    private static LoginId mail(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!MAIL.matcher(lower).matches()) {
            return new LoginId(LoginIdKind.UNKNOWN_FORMAT, "");
        }
        String domain = lower.substring(lower.indexOf('@') + 1);
        boolean ocn = domain.equals("ocn.ne.jp") || domain.endsWith(".ocn.ne.jp");
        return new LoginId(ocn ? LoginIdKind.OCN_MAIL : LoginIdKind.OTHER_MAIL, lower);
    }

    private static LoginId customerNumber(String text) {
        String compact = HYPHENS_AND_SPACES.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (CUSTOMER_NUMBER.matcher(compact).matches()) {
            return new LoginId(LoginIdKind.CUSTOMER_NUMBER, compact);
        }
        if (CUSTOMER_NUMBER_ATTEMPT.matcher(compact).matches()) {
            return new LoginId(LoginIdKind.MALFORMED_CUSTOMER_NUMBER, "");
        }
        return new LoginId(LoginIdKind.UNKNOWN_FORMAT, "");
    }

    /** The canonical form of a customer number, or null when the text is not one. */
    public static String customerNumberOrNull(String raw) {
        LoginId id = parse(raw);
        return id.kind() == LoginIdKind.CUSTOMER_NUMBER ? id.value() : null;
    }
}
