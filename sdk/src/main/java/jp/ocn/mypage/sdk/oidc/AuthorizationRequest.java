package jp.ocn.mypage.sdk.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import jp.ocn.mypage.sdk.decision.StepUpRequirement;

/**
 * The authorization URL of a code flow with PKCE: sign-in, step-up ({@code acr_values}, {@code max_age}) or an
 * application-initiated action ({@code kc_action}, e.g. {@code mypage-link-customer}).
 */
public final class AuthorizationRequest {

    private final URI endpoint;
    private final Map<String, String> params = new LinkedHashMap<>();

    private AuthorizationRequest(
            URI endpoint, String clientId, String redirectUri, String state, String nonce, Pkce pkce) {
        this.endpoint = Objects.requireNonNull(endpoint);
        params.put("response_type", "code");
        params.put("client_id", Objects.requireNonNull(clientId));
        params.put("redirect_uri", Objects.requireNonNull(redirectUri));
        params.put("scope", "openid");
        params.put("state", Objects.requireNonNull(state));
        params.put("nonce", Objects.requireNonNull(nonce));
        params.put("code_challenge", pkce.challenge());
        params.put("code_challenge_method", "S256");
    }

    public static AuthorizationRequest of(
            URI endpoint, String clientId, String redirectUri, String state, String nonce, Pkce pkce) {
        return new AuthorizationRequest(endpoint, clientId, redirectUri, state, nonce, pkce);
    }

    /**
     * Asks for the requirement's level ({@code acr_values}) and, when its max age is above zero, {@code max_age}
     * (which makes the server ask again for a sign-in older than that). Max age zero is not sent: the server's
     * own flow (client {@code mypage-call-details}) asks a fresh code every time without asking the password again.
     */
    public AuthorizationRequest stepUp(StepUpRequirement requirement) {
        params.put("acr_values", Integer.toString(requirement.level()));
        if (!requirement.maxAge().isZero()) {
            maxAge(requirement.maxAge());
        }
        return this;
    }

    public AuthorizationRequest maxAge(Duration maxAge) {
        params.put("max_age", Long.toString(maxAge.toSeconds()));
        return this;
    }

    public AuthorizationRequest param(String name, String value) {
        params.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
        return this;
    }

    public URI toUri() {
        StringBuilder b = new StringBuilder(endpoint.toString());
        b.append(endpoint.getRawQuery() == null ? '?' : '&');
        boolean first = true;
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!first) {
                b.append('&');
            }
            first = false;
            b.append(enc(e.getKey())).append('=').append(enc(e.getValue()));
        }
        return URI.create(b.toString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
