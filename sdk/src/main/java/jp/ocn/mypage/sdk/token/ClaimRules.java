package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** The claim rules every token kind shares: issuer, audience, lifetime with a small skew, {@code typ}, nonce. */
final class ClaimRules {

    private final VerifierSettings settings;

    ClaimRules(VerifierSettings settings) {
        this.settings = settings;
    }

    void issuerAndTimes(JWTClaimsSet claims) throws MyPageTokenException {
        registeredClaimTypes(claims);
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw new MyPageTokenException(Reason.WRONG_ISSUER, "iss " + claims.getIssuer());
        }
        Instant now = settings.clock().instant();
        long skew = settings.clockSkew().toSeconds();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new MyPageTokenException(Reason.MISSING_CLAIM, "exp");
        }
        if (now.isAfter(exp.toInstant().plusSeconds(skew))) {
            throw new MyPageTokenException(Reason.EXPIRED, "expired at " + exp.toInstant());
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minusSeconds(skew))) {
            throw new MyPageTokenException(Reason.NOT_YET_VALID, "not before " + nbf.toInstant());
        }
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw new MyPageTokenException(Reason.MISSING_CLAIM, "iat");
        }
        if (now.isBefore(iat.toInstant().minusSeconds(skew))) {
            throw new MyPageTokenException(Reason.ISSUED_IN_THE_FUTURE, "issued at " + iat.toInstant());
        }
    }

    /**
     * Registered claims of the wrong JSON type are refused outright (Nimbus' getters would read them as absent, and
     * an absent {@code aud} or {@code nbf} must not be how a strange token gets in).
     */
    static void registeredClaimTypes(JWTClaimsSet claims) throws MyPageTokenException {
        for (String name : List.of("exp", "iat", "nbf", "auth_time")) {
            Object v = claims.getClaim(name);
            if (v != null && !(v instanceof Date) && !(v instanceof Number)) {
                throw new MyPageTokenException(Reason.MALFORMED, name + " is not a number");
            }
        }
        for (String name : List.of("iss", "sub", "azp", "sid", "jti", "typ", "nonce")) {
            Object v = claims.getClaim(name);
            if (v != null && !(v instanceof String)) {
                throw new MyPageTokenException(Reason.MALFORMED, name + " is not a string");
            }
        }
        Object aud = claims.getClaim("aud");
        if (aud != null
                && !(aud instanceof String)
                && !(aud instanceof List<?> list && list.stream().allMatch(a -> a instanceof String))) {
            throw new MyPageTokenException(Reason.MALFORMED, "aud is neither a string nor a list of strings");
        }
    }

    /** Logout tokens without {@code exp}: issued within the last five minutes (plus skew), not in the future. */
    void issuedRecently(JWTClaimsSet claims) throws MyPageTokenException {
        Date iat = claims.getIssueTime();
        if (iat == null) {
            throw new MyPageTokenException(Reason.MISSING_CLAIM, "iat");
        }
        Instant now = settings.clock().instant();
        long skew = settings.clockSkew().toSeconds();
        if (now.isBefore(iat.toInstant().minusSeconds(skew))) {
            throw new MyPageTokenException(Reason.ISSUED_IN_THE_FUTURE, "issued at " + iat.toInstant());
        }
        if (now.isAfter(iat.toInstant().plusSeconds(300 + skew))) {
            throw new MyPageTokenException(Reason.EXPIRED, "issued at " + iat.toInstant());
        }
    }

    /** ID and logout tokens: {@code aud} holds one of our client IDs; with several audiences, {@code azp} is ours. */
    void audience(JWTClaimsSet claims) throws MyPageTokenException {
        List<String> aud = claims.getAudience();
        if (aud.stream().noneMatch(this::ours)) {
            throw new MyPageTokenException(Reason.WRONG_AUDIENCE, "aud " + aud);
        }
        if (aud.size() > 1) {
            String azp = azp(claims);
            if (azp == null || !settings.audiences().contains(azp)) {
                throw new MyPageTokenException(Reason.WRONG_AUDIENCE, "several audiences and azp " + azp);
            }
        }
    }

    /**
     * Access tokens: {@code aud} holds one of our client IDs (an audience mapper put it there), or the token was
     * issued to us ({@code azp}, Keycloak's default when no audience mapper is set).
     */
    void audienceOrAuthorizedParty(JWTClaimsSet claims) throws MyPageTokenException {
        if (claims.getAudience().stream().anyMatch(this::ours)) {
            return;
        }
        String azp = azp(claims);
        if (azp == null || !settings.audiences().contains(azp)) {
            throw new MyPageTokenException(Reason.WRONG_AUDIENCE, "aud " + claims.getAudience() + ", azp " + azp);
        }
    }

    /** Keycloak's own {@code typ} claim (Bearer, ID, Logout, Refresh): checked where present. */
    void typeClaim(JWTClaimsSet claims, String expected) throws MyPageTokenException {
        Object typ = claims.getClaim("typ");
        if (typ != null && !expected.equalsIgnoreCase(String.valueOf(typ))) {
            throw new MyPageTokenException(Reason.WRONG_TYPE, "typ claim " + typ);
        }
    }

    void nonce(JWTClaimsSet claims, String expected) throws MyPageTokenException {
        Object nonce = claims.getClaim("nonce");
        if (expected == null) {
            return;
        }
        if (!(nonce instanceof String actual)
                || !MessageDigest.isEqual(
                        actual.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new MyPageTokenException(Reason.WRONG_NONCE, "nonce does not match the request");
        }
    }

    private boolean ours(String audience) {
        return audience != null && settings.audiences().contains(audience);
    }

    private static String azp(JWTClaimsSet claims) throws MyPageTokenException {
        Object azp = claims.getClaim("azp");
        if (azp != null && !(azp instanceof String)) {
            throw new MyPageTokenException(Reason.MALFORMED, "azp is not a string");
        }
        return (String) azp;
    }
}
