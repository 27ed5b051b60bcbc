package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.Key;
import java.text.ParseException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JOSE half of verification, shared by every token kind: compact JWS only, an allowed asymmetric algorithm (so
 * {@code none} and HS256-with-the-public-key never reach a verifier), the expected {@code typ} where present, a
 * realm key found by {@code kid} (unknown kid: one rate-limited JWKS refresh), a valid signature. Only then are the
 * claims parsed.
 */
final class SignedTokenCheck {

    private final VerifierSettings settings;
    private final Set<String> allowedTypes;
    private final DefaultJWSVerifierFactory verifiers = new DefaultJWSVerifierFactory();
    private volatile Map<JWK, JWSVerifier> verifierCache = new IdentityHashMap<>();

    /** {@code allowedTypes}: lower-case {@code typ} header values accepted besides an absent one. */
    SignedTokenCheck(VerifierSettings settings, Set<String> allowedTypes) {
        this.settings = settings;
        this.allowedTypes = allowedTypes;
    }

    JWTClaimsSet verify(String token) throws MyPageTokenException {
        if (token == null || token.isEmpty()) {
            throw new MyPageTokenException(Reason.MALFORMED, "no token");
        }
        if (token.length() > 16_384) {
            throw new MyPageTokenException(Reason.MALFORMED, "token too long");
        }
        if (!isCompactJws(token)) {
            if (isUnsigned(token)) {
                throw new MyPageTokenException(Reason.UNSIGNED, "alg none");
            }
            throw new MyPageTokenException(Reason.MALFORMED, "not three Base64URL segments");
        }
        SignedJWT jwt = parse(token);
        JWSHeader header = jwt.getHeader();
        if (!settings.algorithms().contains(header.getAlgorithm())) {
            throw new MyPageTokenException(Reason.ALGORITHM_NOT_ALLOWED, "alg " + header.getAlgorithm());
        }
        if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
            throw new MyPageTokenException(Reason.MALFORMED, "unsupported crit header");
        }
        if (header.getJWKURL() != null
                || header.getJWK() != null
                || header.getX509CertURL() != null
                || header.getX509CertChain() != null
                || header.getCustomParam("zip") != null) {
            // Keys come from the realm's JWKS only; a token pointing elsewhere (or compressed) is not one of ours.
            throw new MyPageTokenException(Reason.MALFORMED, "unexpected key reference or zip in header");
        }
        JOSEObjectType type = header.getType();
        if (type != null && !allowedTypes.contains(type.getType().toLowerCase(java.util.Locale.ROOT))) {
            throw new MyPageTokenException(Reason.WRONG_TYPE, "typ " + type);
        }
        checkSignature(jwt, header);
        try {
            return jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new MyPageTokenException(Reason.MALFORMED, "claims are not a JSON object", e);
        }
    }

    /**
     * Exactly three non-empty Base64URL segments and nothing else: Nimbus' decoder skips characters outside the
     * alphabet, so without this a token with spaces or junk inside its signature would still verify.
     */
    private static boolean isCompactJws(String token) {
        int dots = 0;
        int segmentLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (segmentLength == 0) {
                    return false;
                }
                dots++;
                segmentLength = 0;
            } else if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_') {
                segmentLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && segmentLength > 0;
    }

    private static SignedJWT parse(String token) throws MyPageTokenException {
        try {
            return SignedJWT.parse(token);
        } catch (ParseException | RuntimeException e) {
            if (isUnsigned(token)) {
                throw new MyPageTokenException(Reason.UNSIGNED, "alg none", e);
            }
            throw new MyPageTokenException(Reason.MALFORMED, "not a signed JWT", e);
        }
    }

    /** A token whose header says {@code alg: none}: named as such, so logs show the attack for what it is. */
    private static boolean isUnsigned(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            Object alg = JSONObjectUtils.parse(new Base64URL(token.substring(0, dot)).decodeToString())
                    .get("alg");
            return alg instanceof String name && name.equalsIgnoreCase("none");
        } catch (ParseException | RuntimeException e) {
            return false;
        }
    }

    private void checkSignature(SignedJWT jwt, JWSHeader header) throws MyPageTokenException {
        List<JWK> keys;
        try {
            keys = settings.keys().get(new JWKSelector(JWKMatcher.forJWSHeader(header)), null);
        } catch (KeySourceException e) {
            throw new MyPageTokenException(Reason.KEYS_UNAVAILABLE, "realm keys unavailable", e);
        } catch (RuntimeException e) {
            throw new MyPageTokenException(Reason.MALFORMED, "bad key reference", e);
        }
        if (keys == null || keys.isEmpty()) {
            throw new MyPageTokenException(Reason.UNKNOWN_KEY, "no realm key for kid " + header.getKeyID());
        }
        for (JWK key : keys) {
            try {
                if (jwt.verify(verifierFor(key, header))) {
                    return;
                }
            } catch (JOSEException | RuntimeException e) {
                // a key that cannot check this signature: try the next one
            }
        }
        throw new MyPageTokenException(Reason.BAD_SIGNATURE, "signature does not match a realm key");
    }

    /**
     * Turning a JWK into a Java key (Base64 to BigInteger, KeyFactory) costs more than the RSA check itself, so
     * verifiers are kept per JWK instance: the JWKS cache hands out the same instances until it refreshes.
     */
    private JWSVerifier verifierFor(JWK jwk, JWSHeader header) throws JOSEException {
        Map<JWK, JWSVerifier> cache = verifierCache;
        JWSVerifier verifier = cache.get(jwk);
        if (verifier != null) {
            return verifier;
        }
        List<Key> javaKeys = KeyConverter.toJavaKeys(List.of(jwk));
        if (javaKeys.isEmpty()) {
            throw new JOSEException("not a usable public key");
        }
        verifier = verifiers.createJWSVerifier(header, javaKeys.get(0));
        Map<JWK, JWSVerifier> next = new IdentityHashMap<>(cache.size() < 16 ? cache : Map.of());
        next.put(jwk, verifier);
        verifierCache = next;
        return verifier;
    }
}
