package jp.ocn.mypage.password.legacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.generators.SCrypt;
import org.keycloak.models.credential.PasswordCredentialModel;
import org.keycloak.models.credential.dto.PasswordCredentialData;
import org.keycloak.models.credential.dto.PasswordSecretData;

/**
 * {@code scrypt}: credentialData {@code {"algorithm":"scrypt","hashIterations":<N>,"additionalParameters":
 * {"r":["8"],"p":["1"]}}}, secretData {@code {"value":"<base64 32-byte key>","salt":"<base64 salt>"}}. Bouncy
 * Castle's {@link SCrypt} derives the key; the comparison is constant-time.
 */
final class ScryptFormat implements LegacyFormat<ScryptFormat.Hash> {

    static final String ALGORITHM = "scrypt";
    static final int KEY_BYTES = 32;

    record Hash(int n, int r, int p, byte[] salt, byte[] key) {}

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public Hash read(PasswordCredentialModel credential, LegacyHashLimits limits) throws LegacyHashException {
        PasswordCredentialData data = credential.getPasswordCredentialData();
        PasswordSecretData secret = credential.getPasswordSecretData();
        if (data == null || secret == null) {
            throw LegacyHashException.malformed("scrypt: credentialData or secretData is missing");
        }
        int n = data.getHashIterations();
        if (n < 2 || Integer.bitCount(n) != 1) {
            throw LegacyHashException.malformed("scrypt: hashIterations (N) " + n + " is not a power of two above 1");
        }
        int r = parameter(data.getAdditionalParameters(), "r");
        int p = parameter(data.getAdditionalParameters(), "p");
        if (n > limits.scryptMaxN()) {
            throw LegacyHashException.overCost("scrypt: N " + n + " is above the limit " + limits.scryptMaxN());
        }
        if ((long) r * p > limits.scryptMaxRp()) {
            throw LegacyHashException.overCost(
                    "scrypt: r*p " + (long) r * p + " is above the limit " + limits.scryptMaxRp());
        }
        if (128L * n * r > limits.scryptMaxMemoryBytes()) {
            throw LegacyHashException.overCost("scrypt: memory 128*N*r " + 128L * n * r + " bytes is above the limit "
                    + limits.scryptMaxMemoryBytes());
        }
        byte[] key = base64(secret.getValue(), "value");
        if (key.length != KEY_BYTES) {
            throw LegacyHashException.malformed(
                    "scrypt: secretData.value is " + key.length + " bytes, not " + KEY_BYTES);
        }
        byte[] salt = secret.getSalt(); // Keycloak decodes secretData.salt from base64
        if (salt == null || salt.length == 0) {
            throw LegacyHashException.malformed("scrypt: secretData.salt is missing or empty");
        }
        return new Hash(n, r, p, salt, key);
    }

    @Override
    public boolean matches(Hash hash, String password) {
        byte[] derived = SCrypt.generate(
                password.getBytes(StandardCharsets.UTF_8), hash.salt(), hash.n(), hash.r(), hash.p(), KEY_BYTES);
        return MessageDigest.isEqual(derived, hash.key());
    }

    private static int parameter(Map<String, List<String>> parameters, String name) throws LegacyHashException {
        List<String> values = parameters == null ? null : parameters.get(name);
        if (values == null || values.size() != 1) {
            throw LegacyHashException.malformed("scrypt: additionalParameters." + name + " must hold one number");
        }
        try {
            int value = Integer.parseInt(values.get(0));
            if (value < 1) {
                throw LegacyHashException.malformed("scrypt: " + name + " must be at least 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw LegacyHashException.malformed("scrypt: additionalParameters." + name + " is not a number");
        }
    }

    private static byte[] base64(String value, String field) throws LegacyHashException {
        if (value == null) {
            throw LegacyHashException.malformed("scrypt: secretData." + field + " is missing");
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw LegacyHashException.malformed("scrypt: secretData." + field + " is not base64");
        }
    }
}
