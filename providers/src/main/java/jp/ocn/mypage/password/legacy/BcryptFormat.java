package jp.ocn.mypage.password.legacy;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * {@code bcrypt}: credentialData {@code {"algorithm":"bcrypt","hashIterations":<cost>}}, secretData
 * {@code {"value":"$2a$|$2b$|$2y$<cost>$<22 salt><31 hash>"}}. Bouncy Castle's {@link OpenBSDBCrypt} checks it and
 * compares in constant time.
 */
final class BcryptFormat implements LegacyFormat<String> {

    static final String ALGORITHM = "bcrypt";
    private static final Pattern SHAPE = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    private static final int MIN_COST = 4;

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public String read(PasswordCredentialModel credential, LegacyHashLimits limits) throws LegacyHashException {
        String value = credential.getPasswordSecretData() == null
                ? null
                : credential.getPasswordSecretData().getValue();
        if (value == null) {
            throw LegacyHashException.malformed("bcrypt: secretData.value is missing");
        }
        Matcher m = SHAPE.matcher(value);
        if (!m.matches()) {
            throw LegacyHashException.malformed(
                    "bcrypt: secretData.value is not a $2a$/$2b$/$2y$ hash of 60 characters");
        }
        int cost = Integer.parseInt(m.group(1));
        if (cost < MIN_COST) {
            throw LegacyHashException.malformed("bcrypt: cost " + cost + " is below " + MIN_COST);
        }
        if (cost > limits.bcryptMaxCost()) {
            throw LegacyHashException.overCost(
                    "bcrypt: cost " + cost + " is above the limit " + limits.bcryptMaxCost());
        }
        int iterations = credential.getPasswordCredentialData().getHashIterations();
        if (iterations != cost) {
            throw LegacyHashException.malformed(
                    "bcrypt: credentialData.hashIterations " + iterations + " differs from the hash's cost " + cost);
        }
        return value;
    }

    @Override
    public boolean matches(String hash, String password) {
        // UTF-8 bytes, as the old system hashed them; Bouncy Castle uses the first 72 bytes as OpenBSD does.
        return OpenBSDBCrypt.checkPassword(hash, password.getBytes(StandardCharsets.UTF_8));
    }
}
