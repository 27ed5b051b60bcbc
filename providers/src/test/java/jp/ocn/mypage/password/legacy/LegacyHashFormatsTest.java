package jp.ocn.mypage.password.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.keycloak.credential.CredentialModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/** Known test vectors (jBCrypt's bcrypt vectors, RFC 7914's scrypt vectors) through the stored-credential format. */
class LegacyHashFormatsTest {

    private static final LegacyHashLimits LIMITS = LegacyHashLimits.DEFAULTS;
    private final BcryptFormat bcrypt = new BcryptFormat();
    private final ScryptFormat scrypt = new ScryptFormat();

    static PasswordCredentialModel credential(String credentialData, String secretData) {
        CredentialModel model = new CredentialModel();
        model.setType(PasswordCredentialModel.TYPE);
        model.setCredentialData(credentialData);
        model.setSecretData(secretData);
        return PasswordCredentialModel.createFromCredentialModel(model);
    }

    static PasswordCredentialModel bcrypt(int cost, String hash) {
        return credential("{\"algorithm\":\"bcrypt\",\"hashIterations\":" + cost + "}", "{\"value\":\"" + hash + "\"}");
    }

    static PasswordCredentialModel scrypt(int n, int r, int p, byte[] salt, byte[] key) {
        return credential(
                "{\"algorithm\":\"scrypt\",\"hashIterations\":" + n + ",\"additionalParameters\":{\"r\":[\"" + r
                        + "\"],\"p\":[\"" + p + "\"]}}",
                "{\"value\":\"" + Base64.getEncoder().encodeToString(key) + "\",\"salt\":\""
                        + Base64.getEncoder().encodeToString(salt) + "\"}");
    }

    @Test
    void bcryptKnownVectorsMatchTheirPasswordsAndNothingElse() throws Exception {
        String[][] vectors = {
            {"", "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s."},
            {"a", "$2a$06$m0CrhHm10qJ3lXRY.5zDGO3rS2KdeeWLuGmsfGlMfOxih58VYVfxe"},
            {"abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"},
            {"abcdefghijklmnopqrstuvwxyz", "$2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC"},
        };
        for (String[] v : vectors) {
            String hash = bcrypt.read(bcrypt(6, v[1]), LIMITS);
            assertThat(bcrypt.matches(hash, v[0])).as(v[0]).isTrue();
            assertThat(bcrypt.matches(hash, v[0] + "x")).as(v[0] + "x").isFalse();
        }
    }

    @Test
    void bcryptPrefixes2bAnd2yAreTheSameHashForShortPasswords() throws Exception {
        for (String prefix : new String[] {"$2b$", "$2y$"}) {
            String hash =
                    bcrypt.read(bcrypt(6, prefix + "06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"), LIMITS);
            assertThat(bcrypt.matches(hash, "abc")).as(prefix).isTrue();
        }
    }

    @Test
    void bcryptAboveTheCostLimitIsRefusedWithoutHashing() {
        String cost15 = "$2a$15$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.";
        assertThatThrownBy(() -> bcrypt.read(bcrypt(15, cost15), LIMITS))
                .isInstanceOfSatisfying(LegacyHashException.class, e -> assertThat(e.kind())
                        .isEqualTo(LegacyHashException.Kind.OVER_COST))
                .hasMessageContaining("cost 15 is above the limit 14");
    }

    @Test
    void malformedBcryptValuesAreRefusedAsMalformed() {
        String[] bad = {
            "$2x$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.", // unknown prefix
            "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s", // one character short
            "$2a$06$DCq7YPn5Rq63x1Lad4cll!TV4S6ytwfsfvkgY8jIucDrjc8deX1s.", // not bcrypt's alphabet
            "$2a$03$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s.", // cost below 4
            "plain-text",
        };
        for (String value : bad) {
            assertThatThrownBy(() -> bcrypt.read(bcrypt(6, value), LIMITS))
                    .as(value)
                    .isInstanceOfSatisfying(LegacyHashException.class, e -> assertThat(e.kind())
                            .isEqualTo(LegacyHashException.Kind.MALFORMED));
        }
        // hashIterations must name the hash's own cost
        assertThatThrownBy(() ->
                        bcrypt.read(bcrypt(10, "$2a$06$DCq7YPn5Rq63x1Lad4cll.TV4S6ytwfsfvkgY8jIucDrjc8deX1s."), LIMITS))
                .hasMessageContaining("differs");
    }

    @Test
    void scryptRfc7914VectorMatchesItsPasswordAndNothingElse() throws Exception {
        // RFC 7914 §12: P="pleaseletmein", S="SodiumChloride", N=16384, r=8, p=1; the first 32 bytes of its output
        byte[] key = HexFormat.of().parseHex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2");
        ScryptFormat.Hash hash = scrypt.read(scrypt(16384, 8, 1, "SodiumChloride".getBytes(), key), LIMITS);
        assertThat(scrypt.matches(hash, "pleaseletmein")).isTrue();
        assertThat(scrypt.matches(hash, "pleaseletmeim")).isFalse();
    }

    @Test
    void scryptAboveItsLimitsIsRefusedWithoutHashing() {
        byte[] key = new byte[32];
        byte[] salt = "NaCl".getBytes();
        // RFC 7914's second vector has r*p = 128
        assertThatThrownBy(() -> scrypt.read(scrypt(1024, 8, 16, salt, key), LIMITS))
                .hasMessageContaining("r*p 128");
        assertThatThrownBy(() -> scrypt.read(scrypt(1 << 21, 1, 1, salt, key), LIMITS))
                .hasMessageContaining("N 2097152");
        assertThatThrownBy(() -> scrypt.read(scrypt(1 << 20, 8, 1, salt, key), LIMITS))
                .hasMessageContaining("memory");
    }

    @Test
    void malformedScryptCredentialsAreRefusedAsMalformed() {
        byte[] salt = "NaCl".getBytes();
        assertThatThrownBy(() -> scrypt.read(scrypt(1000, 8, 1, salt, new byte[32]), LIMITS))
                .hasMessageContaining("power of two");
        assertThatThrownBy(() -> scrypt.read(scrypt(1024, 8, 1, salt, new byte[16]), LIMITS))
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> scrypt.read(
                        credential(
                                "{\"algorithm\":\"scrypt\",\"hashIterations\":1024}",
                                "{\"value\":\"AAAA\",\"salt\":\"AAAA\"}"),
                        LIMITS))
                .hasMessageContaining("additionalParameters.r");
    }
}
