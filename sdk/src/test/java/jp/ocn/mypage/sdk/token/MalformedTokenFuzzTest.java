package jp.ocn.mypage.sdk.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A corpus of more than a thousand malformed tokens (seeded, so every run sees the same ones): random text, mutated
 * real tokens, hostile headers, and correctly signed tokens whose claims are of the wrong shape. Every one is refused,
 * by every verifier, with {@link MyPageTokenException} and nothing else (no parser exception, no error).
 */
class MalformedTokenFuzzTest {

    private final TestRealm realm = new TestRealm();

    @Test
    void noMalformedTokenThrowsAnythingButTheSdkException() {
        List<String> corpus = new FuzzCorpus(realm, 20261202L).tokens();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(1_000);
        TokenVerifier verifier = realm.verifier();
        LogoutTokenVerifier logout = new LogoutTokenVerifier(realm.settings().build());
        List<String> accepted = new ArrayList<>();
        List<String> wrongThrowable = new ArrayList<>();
        for (String token : corpus) {
            for (int kind = 0; kind < 3; kind++) {
                try {
                    switch (kind) {
                        case 0 -> verifier.verifyAccessToken(token);
                        case 1 -> verifier.verifyIdToken(token, "n-1");
                        default -> logout.verify(token);
                    }
                    accepted.add(kind + ": " + describe(token));
                } catch (MyPageTokenException expected) {
                    // the one allowed outcome
                } catch (Throwable other) {
                    wrongThrowable.add(kind + ": " + other + " for " + abbreviate(token));
                }
            }
        }
        assertThat(wrongThrowable).isEmpty();
        assertThat(accepted).isEmpty();
    }

    private static String describe(String token) {
        String[] parts = token.split("\\.");
        return new Base64URL(parts[0]).decodeToString() + " " + abbreviate(new Base64URL(parts[1]).decodeToString());
    }

    private static String abbreviate(String token) {
        return token.length() > 60 ? token.substring(0, 30) + "…" + token.substring(token.length() - 30) : token;
    }
}
