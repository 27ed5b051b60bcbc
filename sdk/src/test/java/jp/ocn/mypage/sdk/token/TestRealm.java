package jp.ocn.mypage.sdk.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A stand-in realm for unit tests: RSA keys, a JWKS served from memory (fetches counted, key rotation by hand), a
 * fixed clock and tokens shaped like Keycloak's (claims of README "Tokens").
 */
public final class TestRealm {

    public static final String ISSUER = "http://localhost:8080/realms/mypage";
    public static final String CLIENT = "mypage-portal";
    public static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private final List<RSAKey> published = new ArrayList<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile boolean reachable = true;
    private RSAKey signingKey;

    // RSA key generation takes a while on 2 cores: a few keys are made once and handed out under any kid.
    private static final List<RSAKey> POOL = new ArrayList<>();
    private static final AtomicInteger NEXT_KEY = new AtomicInteger();

    public TestRealm() {
        signingKey = newKey("key-1");
        published.add(signingKey);
    }

    /** A key no other key of this test run shares (from a pool of pre-made keys, given this kid). */
    public static RSAKey newKey(String kid) {
        RSAKey key;
        synchronized (POOL) {
            int i = NEXT_KEY.getAndIncrement() % 4;
            while (POOL.size() <= i) {
                try {
                    POOL.add(new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate());
                } catch (JOSEException e) {
                    throw new IllegalStateException(e);
                }
            }
            key = POOL.get(i);
        }
        return new RSAKey.Builder(key).keyID(kid).build();
    }

    public RSAKey signingKey() {
        return signingKey;
    }

    /** Key rotation: a new signing key is published beside the old one (as Keycloak does). */
    public synchronized RSAKey rotate(String kid) {
        signingKey = newKey(kid);
        published.add(signingKey);
        return signingKey;
    }

    public int fetches() {
        return fetches.get();
    }

    public void unreachable() {
        reachable = false;
    }

    /** A JWKS retriever that serves the published public keys from memory. */
    public ResourceRetriever retriever() {
        return (URL url) -> {
            fetches.incrementAndGet();
            if (!reachable) {
                throw new IOException("connection refused");
            }
            synchronized (this) {
                List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
                published.forEach(k -> keys.add(k.toPublicJWK()));
                return new Resource(new JWKSet(keys).toString(true), "application/json");
            }
        };
    }

    public VerifierSettings.Builder settings() {
        return VerifierSettings.forIssuer(ISSUER)
                .audience(CLIENT)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .jwksUri(URI.create(ISSUER + "/protocol/openid-connect/certs"))
                .jwksRetriever(retriever());
    }

    public TokenVerifier verifier() {
        return new TokenVerifier(settings().build());
    }

    /** Signs the claims with the realm's key and expects a verifier to refuse them as an access token. */
    public void assertRefused(MyPageTokenException.Reason reason, JWTClaimsSet claims) {
        assertRefusedToken(reason, sign(claims));
    }

    /** Expects a verifier to refuse the token as an access token, for this reason and with the SDK's exception. */
    public void assertRefusedToken(MyPageTokenException.Reason reason, String token) {
        ThrowingCallable call = () -> verifier().verifyAccessToken(token);
        assertThatThrownBy(call).isInstanceOfSatisfying(MyPageTokenException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }

    /** Claims of taro's access token as Keycloak issues them to mypage-portal. */
    public static JWTClaimsSet.Builder accessClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("b0c4a6b2-0000-4000-8000-000000000001")
                .audience("account")
                .claim("azp", CLIENT)
                .claim("typ", "Bearer")
                .jwtID("jti-1")
                .issueTime(Date.from(NOW.minusSeconds(10)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                .claim("sid", "session-1")
                .claim("acr", "1")
                .claim("amr", List.of("pwd"))
                .claim("auth_time", NOW.minusSeconds(10).getEpochSecond())
                .claim("ocn_id", "taro.yamada@ocn.ne.jp")
                .claim("customer_numbers", List.of("N123456789"))
                .claim(
                        "contracts",
                        List.of(Map.of(
                                "customer_number",
                                "N123456789",
                                "service",
                                "OCN 光",
                                "status",
                                "active",
                                "status_changed_on",
                                "2025-01-01")))
                .claim("account_status", "active");
    }

    /** The same user's ID token (nonce {@code n-1}). */
    public static JWTClaimsSet.Builder idClaims() {
        return new JWTClaimsSet.Builder(accessClaims().build())
                .audience(CLIENT)
                .claim("typ", "ID")
                .claim("nonce", "n-1");
    }

    public String sign(JWTClaimsSet claims) {
        return sign(
                claims,
                signingKey,
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(signingKey.getKeyID())
                        .build());
    }

    public static String sign(JWTClaimsSet claims, RSAKey key, JWSHeader header) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
