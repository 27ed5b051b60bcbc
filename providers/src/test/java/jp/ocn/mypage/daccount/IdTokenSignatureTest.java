package jp.ocn.mypage.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.jose.jwk.JSONWebKeySet;
import org.keycloak.jose.jwk.JWK;
import org.keycloak.jose.jws.JWSInput;

class IdTokenSignatureTest {

    private static final String SECRET = "client-secret-of-the-test-0123456789abcdef-0123456789abcdef-0123456789";
    private static final List<String> BOTH = List.of("HS256", "RS256");
    private static final RSAKey RSA = generate();
    private static final RSAKey OTHER_RSA = generate();

    @Test
    void anHs256TokenVerifiesWithTheClientSecretOnly() throws Exception {
        assertThat(verify(signed(JWSAlgorithm.HS256, new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8))), BOTH))
                .isTrue();
        assertThat(verify(signed(JWSAlgorithm.HS256, new MACSigner("another-secret-0123456789abcdef0123456789")), BOTH))
                .isFalse();
    }

    @Test
    void anRs256TokenVerifiesWithAJwksKeyThatHasNoKidAndNoAlg() throws Exception {
        assertThat(verify(signed(JWSAlgorithm.RS256, new RSASSASigner(RSA)), BOTH))
                .isTrue();
        assertThat(verify(signed(JWSAlgorithm.RS256, new RSASSASigner(OTHER_RSA)), BOTH))
                .isFalse();
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        String none = new PlainJWT(claims()).serialize();
        assertThat(verify(none, List.of("HS256", "RS256", "NONE"))).isFalse();
    }

    @Test
    void anHs256TokenKeyedWithThePublicKeyIsRefused() throws Exception {
        String forged =
                signed(JWSAlgorithm.HS256, new MACSigner(RSA.toRSAPublicKey().getEncoded()));
        assertThat(verify(forged, BOTH)).isFalse();
    }

    @Test
    void anAlgorithmThatIsNotConfiguredIsRefusedEvenWithAGoodSignature() throws Exception {
        assertThat(verify(signed(JWSAlgorithm.RS256, new RSASSASigner(RSA)), List.of("HS256")))
                .isFalse();
        assertThat(verify(signed(JWSAlgorithm.HS512, new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8))), BOTH))
                .isFalse();
    }

    @Test
    void configuredAlgorithmsDropNoneAndUnknownNames() {
        assertThat(DAccountConfig.algorithmsOf("hs256, none,RS256,ES256")).containsExactly("HS256", "RS256");
        assertThat(DAccountConfig.algorithmsOf("")).containsExactly("HS256", "RS256");
    }

    @Test
    void scopesAlwaysStartWithOpenidAndKeepTheExtraOnes() {
        assertThat(DAccountConfig.scopeWith("profile1 dpoint_number")).isEqualTo("openid profile1 dpoint_number");
        assertThat(DAccountConfig.scopeWith("openid,profile1")).isEqualTo("openid profile1");
        assertThat(DAccountConfig.scopeWith(null)).isEqualTo("openid");
    }

    @Test
    void endpointsDefaultToDAccountConnectsAndStayOverridable() {
        DAccountConfig defaults = new DAccountConfig();
        assertThat(defaults.getIssuer()).isEqualTo("https://conf.uw.docomo.ne.jp/");
        assertThat(defaults.getAuthorizationUrl()).isEqualTo("https://id.smt.docomo.ne.jp/cgi8/oidc/authorize");
        assertThat(defaults.getTokenUrl()).isEqualTo("https://conf.uw.docomo.ne.jp/token");
        assertThat(defaults.getUserInfoUrl()).isEqualTo("https://conf.uw.docomo.ne.jp/userinfo");
        assertThat(defaults.getJwksUrl()).endsWith("/oft/external/ofrnt/v1.0/jwksget");
        assertThat(defaults.getClientAuthMethod()).isEqualTo("client_secret_basic");
        assertThat(defaults.isDisableNonce()).isFalse();

        DAccountConfig model = new DAccountConfig();
        model.getConfig().put("tokenUrl", "http://127.0.0.1:1/token");
        model.getConfig().put("disableNonce", "true");
        model.getConfig().put("validateSignature", "false");
        DAccountConfig overridden = new DAccountConfig(model);
        assertThat(overridden.getTokenUrl()).isEqualTo("http://127.0.0.1:1/token");
        assertThat(overridden.isDisableNonce()).isFalse();
        assertThat(overridden.isValidateSignature()).isTrue();
    }

    private static boolean verify(String token, List<String> algorithms) throws Exception {
        // As d ACCOUNT's JWKS holds it: kty, n and e only.
        JWK jwk = new JWK();
        jwk.setKeyType("RSA");
        jwk.setOtherClaims("n", RSA.getModulus().toString());
        jwk.setOtherClaims("e", RSA.getPublicExponent().toString());
        JSONWebKeySet set = new JSONWebKeySet();
        set.setKeys(new JWK[] {jwk});
        List<KeyWrapper> keys = DAccountKeys.keysOf(set);
        assertThat(keys).hasSize(1);
        return IdTokenSignature.verify(
                new JWSInput(token),
                DAccountConfig.algorithmsOf(String.join(",", algorithms)),
                () -> SECRET,
                reload -> keys);
    }

    private static String signed(JWSAlgorithm algorithm, JWSSigner signer) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).build(), claims());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder()
                .issuer("https://conf.uw.docomo.ne.jp/")
                .subject("pairwise-subject")
                .build();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
