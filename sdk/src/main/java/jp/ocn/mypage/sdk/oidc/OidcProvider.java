package jp.ocn.mypage.sdk.oidc;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The login server's endpoints from its discovery document ({@code <issuer>/.well-known/openid-configuration}), and
 * the two back-end calls a web module makes: the code exchange and nothing else (tokens are verified locally with
 * {@link jp.ocn.mypage.sdk.token.TokenVerifier}).
 */
public final class OidcProvider {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String issuer;
    private final URI authorizationEndpoint;
    private final URI tokenEndpoint;
    private final URI jwksUri;
    private final URI endSessionEndpoint;
    private final HttpClient http;

    private OidcProvider(String issuer, Map<String, Object> doc, HttpClient http) throws ParseException {
        this.issuer = issuer;
        this.authorizationEndpoint = required(doc, "authorization_endpoint");
        this.tokenEndpoint = required(doc, "token_endpoint");
        this.jwksUri = required(doc, "jwks_uri");
        this.endSessionEndpoint = JSONObjectUtils.getURI(doc, "end_session_endpoint");
        this.http = http;
    }

    /** Reads the discovery document; its {@code issuer} must be exactly {@code issuer}. */
    public static OidcProvider discover(String issuer) throws OidcException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpResponse<String> r = send(
                http,
                HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                        .GET());
        if (r.statusCode() != 200) {
            throw new OidcException("discovery answered " + r.statusCode());
        }
        try {
            Map<String, Object> doc = JSONObjectUtils.parse(r.body());
            if (!issuer.equals(JSONObjectUtils.getString(doc, "issuer"))) {
                throw new OidcException("discovery names another issuer: " + doc.get("issuer"));
            }
            return new OidcProvider(issuer, doc, http);
        } catch (ParseException e) {
            throw new OidcException("discovery document is not valid", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public URI authorizationEndpoint() {
        return authorizationEndpoint;
    }

    public URI jwksUri() {
        return jwksUri;
    }

    /** The tokens of a code exchange (confidential client, PKCE verifier). */
    public record Tokens(String idToken, String accessToken, Optional<String> refreshToken) {}

    public Tokens exchangeCode(String code, String redirectUri, String verifier, String clientId, String secret)
            throws OidcException {
        String form = "grant_type=authorization_code&code=" + AuthorizationRequest.enc(code)
                + "&redirect_uri=" + AuthorizationRequest.enc(redirectUri)
                + "&code_verifier=" + AuthorizationRequest.enc(verifier)
                + "&client_id=" + AuthorizationRequest.enc(clientId)
                + "&client_secret=" + AuthorizationRequest.enc(secret);
        HttpResponse<String> r = send(
                http,
                HttpRequest.newBuilder(tokenEndpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        try {
            Map<String, Object> json = JSONObjectUtils.parse(r.body());
            if (r.statusCode() != 200) {
                throw new OidcException("token endpoint answered " + r.statusCode() + " " + json.get("error"));
            }
            String id = JSONObjectUtils.getString(json, "id_token");
            String access = JSONObjectUtils.getString(json, "access_token");
            if (id == null || access == null) {
                throw new OidcException("token response without id_token or access_token");
            }
            return new Tokens(id, access, Optional.ofNullable(JSONObjectUtils.getString(json, "refresh_token")));
        } catch (ParseException e) {
            throw new OidcException("token endpoint answered " + r.statusCode() + " without JSON", e);
        }
    }

    /** RP-initiated logout: ends the login server's session too, then returns to {@code postLogoutRedirectUri}. */
    public URI endSessionUri(String idTokenHint, String clientId, String postLogoutRedirectUri) throws OidcException {
        if (endSessionEndpoint == null) {
            throw new OidcException("the login server has no end_session_endpoint");
        }
        return URI.create(endSessionEndpoint + "?id_token_hint=" + AuthorizationRequest.enc(idTokenHint)
                + "&client_id=" + AuthorizationRequest.enc(clientId)
                + "&post_logout_redirect_uri=" + AuthorizationRequest.enc(postLogoutRedirectUri));
    }

    private static URI required(Map<String, Object> doc, String name) throws ParseException {
        URI uri = JSONObjectUtils.getURI(doc, name);
        if (uri == null) {
            throw new ParseException(name + " is missing", 0);
        }
        return uri;
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) throws OidcException {
        try {
            return http.send(
                    request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OidcException("login server unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcException("interrupted", e);
        }
    }
}
