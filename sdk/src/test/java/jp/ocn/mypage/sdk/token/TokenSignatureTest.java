package jp.ocn.mypage.sdk.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;
import org.junit.jupiter.api.Test;

/** The JOSE rules, written as the forger: no unsigned tokens, no algorithm confusion, no foreign key, no edits. */
class TokenSignatureTest {

    private final TestRealm realm = new TestRealm();
    private final TokenVerifier verifier = realm.verifier();

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(TestRealm.accessClaims().build()).serialize();
        assertThatThrownBy(() -> verifier.verifyAccessToken(unsigned))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSIGNED));
        // and with the signature of a real token left on
        String signed = realm.sign(TestRealm.accessClaims().build());
        String noneWithSignature =
                Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + signed.substring(signed.indexOf('.'));
        assertThatThrownBy(() -> verifier.verifyAccessToken(noneWithSignature))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSIGNED));
    }

    @Test
    void anHs256TokenSignedWithThePublicKeyIsRefused() throws Exception {
        // The classic confusion attack: the public key (known to all) used as an HMAC secret.
        byte[] publicKey = realm.signingKey().toRSAPublicKey().getEncoded();
        byte[] pem = ("-----BEGIN PUBLIC KEY-----\n"
                        + java.util.Base64.getMimeEncoder().encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (byte[] secret : List.of(
                publicKey, pem, realm.signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(realm.signingKey().getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    TestRealm.accessClaims().build());
            jwt.sign(new MACSigner(secret));
            assertThatThrownBy(() -> verifier.verifyAccessToken(jwt.serialize()))
                    .isInstanceOfSatisfying(MyPageTokenException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.ALGORITHM_NOT_ALLOWED));
        }
    }

    @Test
    void settingsNeverAllowHmacOrNone() {
        assertThatThrownBy(() -> realm.settings().algorithms(Set.of(JWSAlgorithm.HS256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> realm.settings().algorithms(Set.of(new JWSAlgorithm("none"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheRealmsKidIsRefused() {
        String forged = TestRealm.sign(
                TestRealm.accessClaims().build(),
                TestRealm.newKey("key-1"),
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("key-1").build());
        realm.assertRefusedToken(Reason.BAD_SIGNATURE, forged);
    }

    @Test
    void aChangedClaimBreaksTheSignature() {
        String token = realm.sign(TestRealm.accessClaims().build());
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "."
                + Base64URL.encode(TestRealm.accessClaims()
                        .claim("account_status", "active")
                        .claim("customer_numbers", List.of("N999999999"))
                        .build()
                        .toString())
                + "." + parts[2];
        realm.assertRefusedToken(Reason.BAD_SIGNATURE, tampered);
    }
}
