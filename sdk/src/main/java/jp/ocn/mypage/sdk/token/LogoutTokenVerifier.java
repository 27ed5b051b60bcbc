package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0, section 2.6): signed by the realm,
 * our issuer and audience, {@code iat} (and {@code exp} where present) in range, {@code jti}, the {@code events}
 * claim holding the back-channel logout event, a {@code sid} or a {@code sub}, and no {@code nonce} (so an ID token
 * cannot pass for one). Answers which session(s) to end.
 */
public final class LogoutTokenVerifier {

    /** The event a logout token carries. */
    public static final String BACKCHANNEL_LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private final VerifierSettings settings;
    private final SignedTokenCheck logoutTokens;
    private final ClaimRules rules;

    public LogoutTokenVerifier(VerifierSettings settings) {
        this.settings = settings;
        this.logoutTokens = new SignedTokenCheck(settings, Set.of("logout+jwt", "jwt"));
        this.rules = new ClaimRules(settings);
    }

    public LogoutRequest verify(String logoutToken) throws MyPageTokenException {
        try {
            return logoutRequest(logoutToken);
        } catch (RuntimeException e) {
            throw TokenVerifier.unexpected(e);
        }
    }

    private LogoutRequest logoutRequest(String logoutToken) throws MyPageTokenException {
        JWTClaimsSet claims = logoutTokens.verify(logoutToken);
        ClaimRules.registeredClaimTypes(claims);
        rules.typeClaim(claims, "Logout");
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw new MyPageTokenException(Reason.WRONG_ISSUER, "iss " + claims.getIssuer());
        }
        rules.audience(claims);
        if (claims.getExpirationTime() == null) {
            // exp is optional in logout tokens; give them the same bounds via a synthetic check of iat only
            rules.issuedRecently(claims);
        } else {
            rules.issuerAndTimes(claims);
        }
        if (claims.getClaim("nonce") != null) {
            throw new MyPageTokenException(Reason.NOT_A_LOGOUT_TOKEN, "a nonce: this is an ID token");
        }
        if (claims.getJWTID() == null) {
            throw new MyPageTokenException(Reason.MISSING_CLAIM, "jti");
        }
        Object events = claims.getClaim("events");
        if (!(events instanceof Map<?, ?> map) || !(map.get(BACKCHANNEL_LOGOUT_EVENT) instanceof Map)) {
            throw new MyPageTokenException(Reason.NOT_A_LOGOUT_TOKEN, "no back-channel logout event");
        }
        Object sid = claims.getClaim("sid");
        String sub = claims.getSubject();
        if (sid != null && !(sid instanceof String)) {
            throw new MyPageTokenException(Reason.MALFORMED, "sid is not a string");
        }
        if (sid == null && sub == null) {
            throw new MyPageTokenException(Reason.MISSING_CLAIM, "sid or sub");
        }
        return new LogoutRequest(Optional.ofNullable((String) sid), Optional.ofNullable(sub));
    }
}
