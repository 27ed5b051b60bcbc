package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Set;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/**
 * Verifies access tokens (resource servers) and ID tokens (the module's own sign-in) of the realm and returns the
 * typed principal. Thread-safe; build one per issuer and reuse it (it holds the JWKS cache).
 *
 * <pre>{@code
 * TokenVerifier verifier = new TokenVerifier(VerifierSettings.forIssuer(issuer).audience("mypage-billing").build());
 * MyPagePrincipal who = verifier.verifyAccessToken(bearer);   // throws MyPageTokenException only
 * }</pre>
 */
public final class TokenVerifier {

    private final VerifierSettings settings;
    private final SignedTokenCheck accessTokens;
    private final SignedTokenCheck idTokens;
    private final ClaimRules rules;

    public TokenVerifier(VerifierSettings settings) {
        this.settings = settings;
        // typ header: Keycloak writes "JWT"; RFC 9068 access tokens say "at+jwt".
        this.accessTokens = new SignedTokenCheck(settings, Set.of("jwt", "at+jwt", "application/at+jwt"));
        this.idTokens = new SignedTokenCheck(settings, Set.of("jwt"));
        this.rules = new ClaimRules(settings);
    }

    public VerifierSettings settings() {
        return settings;
    }

    /**
     * An access token presented as {@code Authorization: Bearer}: signed by the realm, our issuer, meant for this
     * module ({@code aud} or {@code azp} one of its client IDs), in its lifetime, and not an ID or refresh token
     * ({@code typ} claim {@code Bearer} where present).
     */
    public MyPagePrincipal verifyAccessToken(String token) throws MyPageTokenException {
        try {
            return accessToken(token);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    private MyPagePrincipal accessToken(String token) throws MyPageTokenException {
        JWTClaimsSet claims = accessTokens.verify(token);
        rules.typeClaim(claims, "Bearer");
        rules.issuerAndTimes(claims);
        rules.audienceOrAuthorizedParty(claims);
        return PrincipalClaims.read(claims);
    }

    /**
     * An ID token from this module's own sign-in (OIDC Core 3.1.3.7): our issuer, {@code aud} holds this client
     * ({@code azp} when there are several), in its lifetime, {@code nonce} equal to the one sent with the request.
     */
    public MyPagePrincipal verifyIdToken(String token, String expectedNonce) throws MyPageTokenException {
        try {
            return idToken(token, expectedNonce);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    /** A library surprise on hostile input is still a refusal, never an exception the caller does not expect. */
    static MyPageTokenException unexpected(RuntimeException e) {
        return new MyPageTokenException(Reason.MALFORMED, "unexpected token content", e);
    }

    private MyPagePrincipal idToken(String token, String expectedNonce) throws MyPageTokenException {
        JWTClaimsSet claims = idTokens.verify(token);
        rules.typeClaim(claims, "ID");
        rules.issuerAndTimes(claims);
        rules.audience(claims);
        rules.nonce(claims, expectedNonce);
        return PrincipalClaims.read(claims);
    }
}
