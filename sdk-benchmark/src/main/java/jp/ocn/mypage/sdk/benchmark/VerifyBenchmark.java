package jp.ocn.mypage.sdk.benchmark;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.TokenVerifier;
import jp.ocn.mypage.sdk.token.VerifierSettings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same Keycloak-shaped RS256 access tokens (taro's claims, 2048-bit key), verified two ways: the SDK's full
 * verification (parse, header rules, JWKS lookup from its cache, signature, every claim rule, typed principal) and
 * the bare minimum with the JDK alone (split, Base64URL-decode the signature, {@code SHA256withRSA} verify).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VerifyBenchmark {

    private static final String ISSUER = "http://localhost:8080/realms/mypage";
    private static final int TOKENS = 16;

    private String[] tokens;
    private RSAPublicKey publicKey;
    private TokenVerifier verifier;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048)
                .keyID("bench-key")
                .keyUse(KeyUse.SIGNATURE)
                .generate();
        publicKey = key.toRSAPublicKey();
        Instant now = Instant.now();
        tokens = new String[TOKENS];
        for (int i = 0; i < TOKENS; i++) {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject("b0c4a6b2-0000-4000-8000-00000000000" + (i % 10))
                    .audience("account")
                    .claim("azp", "mypage-portal")
                    .claim("typ", "Bearer")
                    .jwtID("jti-" + i)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(3600)))
                    .claim("sid", "session-" + i)
                    .claim("acr", "1")
                    .claim("amr", List.of("pwd"))
                    .claim("auth_time", now.getEpochSecond())
                    .claim("ocn_id", "taro.yamada@ocn.ne.jp")
                    .claim("customer_numbers", List.of("N123456789"))
                    .claim(
                            "contracts",
                            List.of(Map.of(
                                    "customer_number", "N123456789",
                                    "service", "OCN 光",
                                    "status", "active",
                                    "status_changed_on", "2025-01-01")))
                    .claim("account_status", "active")
                    .build();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .type(JOSEObjectType.JWT)
                            .keyID("bench-key")
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            tokens[i] = jwt.serialize();
        }
        String jwks = new JWKSet(key.toPublicJWK()).toString(true);
        verifier = new TokenVerifier(VerifierSettings.forIssuer(ISSUER)
                .audience("mypage-portal")
                .clock(Clock.fixed(now.plusSeconds(1), ZoneOffset.UTC))
                .jwksUri(URI.create(ISSUER + "/protocol/openid-connect/certs"))
                .jwksRetriever(url -> new Resource(jwks, "application/json"))
                .build());
        if (!sdk().ocnId().equals("taro.yamada@ocn.ne.jp") || !raw()) {
            throw new IllegalStateException("the benchmark's tokens do not verify");
        }
    }

    private String token() {
        next = (next + 1) % TOKENS;
        return tokens[next];
    }

    @Benchmark
    public MyPagePrincipal sdk() throws Exception {
        return verifier.verifyAccessToken(token());
    }

    /**
     * {@link #sdk()} and {@link #raw()} side by side: one thread each, at the same time, so the load of a shared
     * machine weighs on both alike (the scheduler shares the cores fairly between them).
     */
    @Benchmark
    @Group("sideBySide")
    @GroupThreads(1)
    public MyPagePrincipal sdkBeside() throws Exception {
        return sdk();
    }

    @Benchmark
    @Group("sideBySide")
    @GroupThreads(1)
    public boolean rawBeside() throws Exception {
        return raw();
    }

    @Benchmark
    public boolean raw() throws Exception {
        String token = token();
        int dot = token.lastIndexOf('.');
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey);
        rsa.update(token.substring(0, dot).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(token.substring(dot + 1)));
    }
}
