package jp.ocn.mypage.sdk.oidc;

/** A call to the login server failed (unreachable, refused, or answered something unexpected). */
public final class OidcException extends Exception {

    private static final long serialVersionUID = 1L;

    public OidcException(String message) {
        super(message);
    }

    public OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}
