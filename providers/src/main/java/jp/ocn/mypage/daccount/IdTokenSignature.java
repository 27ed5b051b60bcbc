package jp.ocn.mypage.daccount;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import javax.crypto.spec.SecretKeySpec;
import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.common.VerificationException;
import org.keycloak.crypto.AsymmetricSignatureVerifierContext;
import org.keycloak.crypto.JavaAlgorithm;
import org.keycloak.crypto.KeyType;
import org.keycloak.crypto.KeyWrapper;
import org.keycloak.crypto.MacSignatureVerifierContext;
import org.keycloak.crypto.SignatureVerifierContext;
import org.keycloak.jose.jws.JWSInput;

/**
 * Checks an ID token's signature the way d ACCOUNT signs them: HS256 (and HS384/512) with the client secret, RS256
 * (and RS384/512) with a key of the provider's JWKS, whose keys carry no {@code kid} and no {@code alg}, so every RSA
 * key is tried. The header's algorithm must be one of the configured ones: {@code none} and anything else fail, and
 * an HMAC is never computed with a public key (only the client secret keys HMACs).
 */
final class IdTokenSignature {

    /** The provider's RSA keys, freshly fetched when {@code reload} is true. */
    interface RsaKeys {
        List<KeyWrapper> get(boolean reload);
    }

    /** What the check found; anything but {@link #VALID} is refused, and the event says which (detail reason). */
    enum Result {
        VALID(null),
        /** {@code alg} {@code none} (or no {@code alg} at all): an unsigned token. */
        UNSIGNED(MyPageDetails.DACCOUNT_UNSIGNED),
        /** An algorithm that is not configured (e.g. HS512 when only HS256 and RS256 are). */
        ALGORITHM_REFUSED(MyPageDetails.DACCOUNT_ALGORITHM_REFUSED),
        /** The signature does not verify with the client secret or with any key of the JWKS. */
        BAD_SIGNATURE(MyPageDetails.DACCOUNT_BAD_SIGNATURE);

        final String reason;

        Result(String reason) {
            this.reason = reason;
        }
    }

    private IdTokenSignature() {}

    static boolean verify(JWSInput jws, List<String> algorithms, Supplier<String> clientSecret, RsaKeys keys) {
        return check(jws, algorithms, clientSecret, keys) == Result.VALID;
    }

    static Result check(JWSInput jws, List<String> algorithms, Supplier<String> clientSecret, RsaKeys keys) {
        String algorithm = jws.getHeader().getRawAlgorithm();
        if (algorithm == null || "none".equalsIgnoreCase(algorithm)) {
            return Result.UNSIGNED;
        }
        if (!algorithms.contains(algorithm)) {
            return Result.ALGORITHM_REFUSED;
        }
        return signatureVerifies(jws, algorithm, clientSecret, keys) ? Result.VALID : Result.BAD_SIGNATURE;
    }

    private static boolean signatureVerifies(
            JWSInput jws, String algorithm, Supplier<String> clientSecret, RsaKeys keys) {
        byte[] input = jws.getEncodedSignatureInput().getBytes(StandardCharsets.US_ASCII);
        byte[] signature = jws.getSignature();
        if (algorithm.startsWith("HS")) {
            String secret = clientSecret.get();
            return secret != null
                    && !secret.isEmpty()
                    && check(new MacSignatureVerifierContext(hmacKey(algorithm, secret)), input, signature);
        }
        String kid = jws.getHeader().getKeyId();
        return anyVerifies(keys.get(false), algorithm, kid, input, signature)
                // A key we have not seen yet: the provider may have rotated (the store limits how often it refetches).
                || anyVerifies(keys.get(true), algorithm, kid, input, signature);
    }

    private static boolean anyVerifies(
            List<KeyWrapper> keys, String algorithm, String kid, byte[] input, byte[] signature) {
        for (KeyWrapper key : keys) {
            if (!KeyType.RSA.equals(key.getType())
                    || (key.getAlgorithm() != null && !key.getAlgorithm().equals(algorithm))
                    || (kid != null
                            && key.getKid() != null
                            && !DAccountKeys.isSynthetic(key)
                            && !kid.equals(key.getKid()))) {
                continue;
            }
            KeyWrapper forAlgorithm = key.cloneKey();
            forAlgorithm.setAlgorithm(algorithm);
            if (check(new AsymmetricSignatureVerifierContext(forAlgorithm), input, signature)) {
                return true;
            }
        }
        return false;
    }

    private static KeyWrapper hmacKey(String algorithm, String secret) {
        KeyWrapper key = new KeyWrapper();
        key.setAlgorithm(algorithm);
        key.setType(KeyType.OCT);
        key.setSecretKey(
                new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), JavaAlgorithm.getJavaAlgorithm(algorithm)));
        return key;
    }

    private static boolean check(SignatureVerifierContext verifier, byte[] input, byte[] signature) {
        try {
            return verifier.verify(input, signature);
        } catch (VerificationException | RuntimeException e) {
            return false;
        }
    }
}
