package jp.ocn.mypage.password.legacy;

/** A stored or imported legacy hash that must never be computed: unreadable ({@code malformed}) or too costly. */
public final class LegacyHashException extends Exception {

    /** Why a hash was refused; the value is the event detail and the import error code. */
    public enum Kind {
        MALFORMED("malformed"),
        OVER_COST("over_cost");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Kind kind;

    LegacyHashException(Kind kind, String message) {
        super(message, null, false, false); // no stack trace: an expected refusal, not a fault
        this.kind = kind;
    }

    static LegacyHashException malformed(String message) {
        return new LegacyHashException(Kind.MALFORMED, message);
    }

    static LegacyHashException overCost(String message) {
        return new LegacyHashException(Kind.OVER_COST, message);
    }

    public Kind kind() {
        return kind;
    }
}
