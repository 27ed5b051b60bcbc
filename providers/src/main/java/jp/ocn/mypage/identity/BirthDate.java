package jp.ocn.mypage.identity;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A birth date as people type it in one field: 1985-04-01, 19850401, 1985/04/01, 1985年4月1日, in any width. */
public final class BirthDate {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    private BirthDate() {}

    /** The date, or empty when the text is no possible birth date (not a date, before 1900, in the future). */
    public static Optional<LocalDate> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("\\s", "");
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            LocalDate d = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return d.getYear() < 1900 || d.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(d);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
