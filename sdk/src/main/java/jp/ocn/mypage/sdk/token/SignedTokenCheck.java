package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
    private volatile Map<String, CheckedHeader> checkedHeaders = Map.of();

    private static final ObjectReader CLAIMS_JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .readerFor(new TypeReference<Map<String, Object>>() {});

    /** Base64URL's alphabet, without padding. */
    private static final boolean[] BASE64URL = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            BASE64URL[c] = true;
            BASE64URL[c + ('a' - 'A')] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            BASE64URL[c] = true;
        }
        BASE64URL['-'] = true;
        BASE64URL['_'] = true;
    }

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
        int firstDot = token.indexOf('.');
        int secondDot = token.indexOf('.', firstDot + 1);
        String headerPart = token.substring(0, firstDot);
        CheckedHeader header = checkedHeaders.get(headerPart);
        if (header == null) {
            header = checkHeader(token, headerPart);
        }
        checkSignature(
                header,
                token.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII),
                new StrictBase64URL(token.substring(secondDot + 1)));
        remember(headerPart, header);
        return claims(token.substring(firstDot + 1, secondDot));
    }

    /** The header rules: an allowed algorithm, no critical or key-reference parameters, an expected {@code typ}. */
    private CheckedHeader checkHeader(String token, String headerPart) throws MyPageTokenException {
        JWSHeader header;
        try {
            header = JWSHeader.parse(new Base64URL(headerPart));
        } catch (ParseException | RuntimeException e) {
            if (isUnsigned(token)) {
                throw new MyPageTokenException(Reason.UNSIGNED, "alg none", e);
            }
            throw new MyPageTokenException(Reason.MALFORMED, "not a signed JWT", e);
        }
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
                || header.getCustomParam("zip") != null
                || !header.isBase64URLEncodePayload()) {
            // Keys come from the realm's JWKS only; a token pointing elsewhere (or compressed, or with an
            // unencoded payload) is not one of ours.
            throw new MyPageTokenException(Reason.MALFORMED, "unexpected key reference, zip or b64 in header");
        }
        JOSEObjectType type = header.getType();
        if (type != null && !allowedTypes.contains(type.getType().toLowerCase(Locale.ROOT))) {
            throw new MyPageTokenException(Reason.WRONG_TYPE, "typ " + type);
        }
        try {
            return new CheckedHeader(header, new JWKSelector(JWKMatcher.forJWSHeader(header)));
        } catch (RuntimeException e) {
            throw new MyPageTokenException(Reason.MALFORMED, "bad key reference", e);
        }
    }

    /**
     * The header rules depend on the header alone, and a realm's tokens share a handful of headers, so a header
     * that passed them and led to a valid signature is not parsed and checked again. Only such headers are kept
     * (a forger cannot fill the cache), and only a few: a rotation adds one, the oldest go.
     */
    private void remember(String headerPart, CheckedHeader header) {
        Map<String, CheckedHeader> cache = checkedHeaders;
        if (cache.containsKey(headerPart)) {
            return;
        }
        Map<String, CheckedHeader> next = new HashMap<>(cache.size() < 8 ? cache : Map.of());
        next.put(headerPart, header);
        checkedHeaders = next;
    }

    /**
     * The payload, decoded only after the signature matched. Jackson parses it (strict UTF-8 and JSON, duplicate
     * claims and trailing content refused); Nimbus still reads the claims and their registered types.
     */
    private static JWTClaimsSet claims(String payloadPart) throws MyPageTokenException {
        try {
            Map<String, Object> json =
                    CLAIMS_JSON.readValue(Base64.getUrlDecoder().decode(payloadPart));
            if (json == null) {
                throw new ParseException("null", 0);
            }
            return JWTClaimsSet.parse(json);
        } catch (ParseException | IOException | IllegalArgumentException e) {
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
            } else if (c < 128 && BASE64URL[c]) {
                segmentLength++;
            } else {
                return false;
            }
        }
        return dots == 2 && segmentLength > 0;
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

    private void checkSignature(CheckedHeader header, byte[] signingInput, Base64URL signature)
            throws MyPageTokenException {
        List<JWK> keys;
        try {
            keys = settings.keys().get(header.keys(), null);
        } catch (KeySourceException e) {
            throw new MyPageTokenException(Reason.KEYS_UNAVAILABLE, "realm keys unavailable", e);
        } catch (RuntimeException e) {
            throw new MyPageTokenException(Reason.MALFORMED, "bad key reference", e);
        }
        if (keys == null || keys.isEmpty()) {
            throw new MyPageTokenException(
                    Reason.UNKNOWN_KEY,
                    "no realm key for kid " + header.header().getKeyID());
        }
        for (JWK key : keys) {
            try {
                if (verifierFor(key, header.header()).verify(header.header(), signingInput, signature)) {
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

    /** A header that passed the rules, with the selector of its realm keys. */
    private record CheckedHeader(JWSHeader header, JWKSelector keys) {}

    /**
     * Nimbus' Base64 decoder is lenient and slow; {@link #isCompactJws} has already held the segment to the
     * alphabet, so the JDK's strict decoder decodes the signature (a bad length fails as a bad signature).
     */
    private static final class StrictBase64URL extends Base64URL {

        StrictBase64URL(String segment) {
            super(segment);
        }

        @Override
        public byte[] decode() {
            return Base64.getUrlDecoder().decode(toString());
        }
    }
}
