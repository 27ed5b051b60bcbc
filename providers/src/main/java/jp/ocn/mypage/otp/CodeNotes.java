package jp.ocn.mypage.otp;

import org.keycloak.sessions.AuthenticationSessionModel;

/** The state of one code flow, kept as notes of the authentication session (never the code itself). */
final class CodeNotes {

    static final String PURPOSE = "mypage.code.purpose";
    static final String PHONE = "mypage.code.phone";
    static final String CHANNEL = "mypage.code.channel";
    static final String HASH = "mypage.code.hash";
    static final String EXPIRES = "mypage.code.expires";
    static final String RESEND_AT = "mypage.code.resendAt";
    /** Cumulative wrong entries of this flow: a new code does not reset it. */
    static final String FAILURES = "mypage.code.failures";

    private final AuthenticationSessionModel session;

    CodeNotes(AuthenticationSessionModel session) {
        this.session = session;
    }

    /**
     * What binds a code: the authentication session and its tab, the purpose it was sent for and the phone (or
     * phones) it went to. A code kept for one purpose or phone never matches a check for another.
     */
    String binding(String purpose, String phone) {
        return session.getParentSession().getId() + "/" + session.getTabId() + "/" + purpose + "/" + phone;
    }

    AuthenticationSessionModel session() {
        return session;
    }

    String purpose() {
        return session.getAuthNote(PURPOSE);
    }

    /** A live code (not yet used, killed or expired) sent for this purpose. */
    boolean hasCodeFor(String purpose, long nowEpochSecond) {
        return hasCode() && purpose.equals(purpose()) && expires() >= nowEpochSecond;
    }

    String phone() {
        return session.getAuthNote(PHONE);
    }

    String channel() {
        return session.getAuthNote(CHANNEL);
    }

    String hash() {
        return session.getAuthNote(HASH);
    }

    long expires() {
        return number(EXPIRES);
    }

    long resendAt() {
        return number(RESEND_AT);
    }

    int failures() {
        return (int) number(FAILURES);
    }

    boolean hasCode() {
        return hash() != null;
    }

    void codeSent(String purpose, String phone, String channel, String hash, long expires, long resendAt) {
        session.setAuthNote(PURPOSE, purpose);
        session.setAuthNote(PHONE, phone);
        session.setAuthNote(CHANNEL, channel);
        session.setAuthNote(HASH, hash);
        session.setAuthNote(EXPIRES, Long.toString(expires));
        session.setAuthNote(RESEND_AT, Long.toString(resendAt));
    }

    int countFailure() {
        int failures = failures() + 1;
        session.setAuthNote(FAILURES, Integer.toString(failures));
        return failures;
    }

    /** Forgets the code (used, expired, killed or abandoned); the failure count stays. */
    void killCode() {
        session.removeAuthNote(HASH);
        session.removeAuthNote(EXPIRES);
        session.removeAuthNote(PURPOSE);
    }

    void clearChoice() {
        killCode();
        session.removeAuthNote(PHONE);
        session.removeAuthNote(CHANNEL);
        session.removeAuthNote(RESEND_AT);
    }

    private long number(String note) {
        String value = session.getAuthNote(note);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
