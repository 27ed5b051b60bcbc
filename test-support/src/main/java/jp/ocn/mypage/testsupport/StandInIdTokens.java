package jp.ocn.mypage.testsupport;

import com.nimbusds.jose.JOSEException;
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
import java.util.LinkedHashMap;
import java.util.Map;
import jp.ocn.mypage.testsupport.DAccountStandIn.Fault;
import jp.ocn.mypage.testsupport.DAccountStandIn.Signing;

/**
 * The stand-in's ID tokens and its one RSA key: signed as d ACCOUNT signs (HS256 with the client secret or RS256,
 * no {@code kid} in the header), or broken the ways {@link Fault} names.
 */
final class StandInIdTokens {

    private final RSAKey rsa;
    private final String clientSecret;

    StandInIdTokens(String clientSecret) {
        this.clientSecret = clientSecret;
        try {
            rsa = new RSAKeyGenerator(2048).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as d ACCOUNT's JWKS has it: no {@code kid}, no {@code alg}, no {@code use}. */
    Map<String, Object> publicKeyWithoutIdOrAlgorithm() {
        Map<String, Object> jwk = new LinkedHashMap<>(rsa.toPublicJWK().toJSONObject());
        jwk.remove("kid");
        jwk.remove("alg");
        jwk.remove("use");
        return jwk;
    }

    String mint(JWTClaimsSet claims, Signing signing, Fault fault) {
        try {
            return switch (fault) {
                case UNSIGNED -> new PlainJWT(claims).serialize();
                case HS256_WITH_PUBLIC_KEY ->
                    signed(
                            claims,
                            JWSAlgorithm.HS256,
                            new MACSigner(rsa.toRSAPublicKey().getEncoded()));
                case INVALID_SIGNATURE -> tampered(signedAs(claims, signing));
                default -> signedAs(claims, signing);
            };
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signedAs(JWTClaimsSet claims, Signing signing) throws JOSEException {
        return signing == Signing.RS256
                ? signed(claims, JWSAlgorithm.RS256, new RSASSASigner(rsa))
                : signed(claims, JWSAlgorithm.HS256, new MACSigner(clientSecret.getBytes(StandardCharsets.UTF_8)));
    }

    private static String signed(JWTClaimsSet claims, JWSAlgorithm algorithm, JWSSigner signer) throws JOSEException {
        // No kid: d ACCOUNT's header names no key.
        SignedJWT jwt =
                new SignedJWT(new JWSHeader.Builder(algorithm).type(null).build(), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static String tampered(String jwt) {
        int dot = jwt.lastIndexOf('.');
        char last = jwt.charAt(dot + 1);
        return jwt.substring(0, dot + 1) + (last == 'A' ? 'B' : 'A') + jwt.substring(dot + 2);
    }
}
