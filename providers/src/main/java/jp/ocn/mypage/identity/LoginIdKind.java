package jp.ocn.mypage.identity;

import java.util.Locale;

/** What the single login field turned out to hold, judged by shape alone (no directory look-up). */
public enum LoginIdKind {
    /** An OCN mail address: {@code …@ocn.ne.jp} or {@code …@<sub>.ocn.ne.jp}. Connection IDs look like this too. */
    OCN_MAIL,
    /** Another mail address registered as OCN ID. */
    OTHER_MAIL,
    /** {@code N} + 9 digits. */
    CUSTOMER_NUMBER,
    /** Looks like an attempt at a customer number, but has the wrong shape (missing N, wrong digit count). */
    MALFORMED_CUSTOMER_NUMBER,
    /** Neither a mail address nor a customer number. */
    UNKNOWN_FORMAT,
    TOO_LONG,
    EMPTY;

    /** The value written into events, e.g. {@code customer_number}. */
    public String eventValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isMail() {
        return this == OCN_MAIL || this == OTHER_MAIL;
    }
}
