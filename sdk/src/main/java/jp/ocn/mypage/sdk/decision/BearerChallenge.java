package jp.ocn.mypage.sdk.decision;

/**
 * {@code WWW-Authenticate} values for a resource server's 401 (RFC 6750; RFC 9470 for step-up), e.g.
 * {@code Bearer error="insufficient_user_authentication", error_description="...", acr_values="2", max_age=300}.
 */
public final class BearerChallenge {

    private BearerChallenge() {}

    /** RFC 9470: the token is valid but its sign-in is too weak or too old for this operation. */
    public static String insufficientUserAuthentication(StepUpRequirement requirement, String description) {
        StringBuilder b = new StringBuilder("Bearer error=\"insufficient_user_authentication\"");
        b.append(", error_description=\"").append(quoted(description)).append('"');
        b.append(", acr_values=\"").append(requirement.level()).append('"');
        b.append(", max_age=").append(requirement.maxAge().toSeconds());
        return b.toString();
    }

    /** RFC 6750: no usable token (missing, expired, not ours ...). */
    public static String invalidToken(String description) {
        return "Bearer error=\"invalid_token\", error_description=\"" + quoted(description) + "\"";
    }

    /** Text inside a quoted-string: printable ASCII only, quotes and backslashes escaped. */
    private static String quoted(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : (text == null ? "" : text).toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                b.append(c);
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }
}
