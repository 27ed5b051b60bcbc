package jp.ocn.mypage.sdk.token;

/**
 * The one exception the SDK's verifiers throw: the token must not be trusted. {@link #reason()} says which rule it
 * broke (for logs and tests); never show the message to a user as it is, and answer the caller with a plain 401.
 */
public final class MyPageTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Which rule a token broke. */
    public enum Reason {
        /** Not a compact JWS JWT, bad Base64URL or JSON, a claim of the wrong type. */
        MALFORMED,
        /** {@code alg} {@code none}: an unsigned token. */
        UNSIGNED,
        /** A signature algorithm the verifier does not allow (HS256 with the public key as secret ...). */
        ALGORITHM_NOT_ALLOWED,
        /** The {@code typ} header or claim says it is another kind of token. */
        WRONG_TYPE,
        /** No key of the realm's JWKS has this {@code kid} (also after a refresh). */
        UNKNOWN_KEY,
        /** The JWKS could not be fetched (or refreshes are rate-limited right now). */
        KEYS_UNAVAILABLE,
        BAD_SIGNATURE,
        WRONG_ISSUER,
        WRONG_AUDIENCE,
        EXPIRED,
        NOT_YET_VALID,
        ISSUED_IN_THE_FUTURE,
        MISSING_CLAIM,
        WRONG_NONCE,
        /** A logout token without the back-channel logout event, or with a {@code nonce}. */
        NOT_A_LOGOUT_TOKEN
    }

    private final Reason reason;

    public MyPageTokenException(Reason reason, String message) {
        super(reason + ": " + message);
        this.reason = reason;
    }

    public MyPageTokenException(Reason reason, String message, Throwable cause) {
        super(reason + ": " + message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
