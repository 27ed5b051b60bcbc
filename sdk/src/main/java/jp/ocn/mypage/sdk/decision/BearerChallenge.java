package jp.ocn.mypage.sdk.decision;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code WWW-Authenticate} values for a resource server's 401 (RFC 6750; RFC 9470 for step-up), e.g.
 * {@code Bearer error="insufficient_user_authentication", error_description="...", acr_values="2", max_age=300}.
 */
public final class BearerChallenge {

    private static final Pattern PARAM = Pattern.compile("([A-Za-z_]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,\\s]*)");

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

    /**
     * The client's side of RFC 9470: the step-up a resource server's 401 asks for, read from its
     * {@code WWW-Authenticate} value, or empty when that is no {@code insufficient_user_authentication} challenge
     * (then the token itself was refused: sign in again). A missing or unreadable {@code acr_values} or
     * {@code max_age} means {@link StepUpRequirement#RISKY_OPERATION}'s.
     */
    public static Optional<StepUpRequirement> stepUpAskedBy(String wwwAuthenticate) {
        if (wwwAuthenticate == null
                || !wwwAuthenticate.strip().toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        Matcher m = PARAM.matcher(wwwAuthenticate.strip().substring(7));
        while (m.find()) {
            params.putIfAbsent(
                    m.group(1).toLowerCase(Locale.ROOT),
                    m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2));
        }
        if (!"insufficient_user_authentication".equals(params.get("error"))) {
            return Optional.empty();
        }
        StepUpRequirement fallback = StepUpRequirement.RISKY_OPERATION;
        int level = fallback.level();
        for (String acr : params.getOrDefault("acr_values", "").split(" ")) {
            if (acr.matches("[1-9][0-9]?")) {
                level = Integer.parseInt(acr);
                break;
            }
        }
        String maxAge = params.getOrDefault("max_age", "");
        Duration age = maxAge.matches("[0-9]{1,9}") ? Duration.ofSeconds(Long.parseLong(maxAge)) : fallback.maxAge();
        return Optional.of(new StepUpRequirement(level, age));
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
