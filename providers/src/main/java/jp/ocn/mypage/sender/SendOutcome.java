package jp.ocn.mypage.sender;

/**
 * What became of one send. {@code errorCode} is Twilio's numeric code as text (e.g. {@code 21211}), or
 * {@code timeout}, {@code network}, {@code http_<status>}, {@code not_allowed_destination}, or {@code internal}
 * for a failure of our own; null when sent. {@code messageId} is the provider's ID (Twilio's SM… or CA… SID).
 */
public record SendOutcome(boolean sent, String errorCode, String messageId) {

    public static final String TIMEOUT = "timeout";
    public static final String NETWORK = "network";
    public static final String NOT_ALLOWED_DESTINATION = "not_allowed_destination";
    public static final String INTERNAL = "internal";

    public static SendOutcome ok(String messageId) {
        return new SendOutcome(true, null, messageId);
    }

    public static SendOutcome failed(String errorCode) {
        return new SendOutcome(false, errorCode, null);
    }
}
