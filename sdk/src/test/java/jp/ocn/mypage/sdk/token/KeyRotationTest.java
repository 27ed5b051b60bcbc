package jp.ocn.mypage.sdk.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.time.Duration;
import jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;
import org.junit.jupiter.api.Test;

/** The JWKS is cached, refreshed when a token names a kid it lacks (rotation without restart), rate-limited. */
class KeyRotationTest {

    private final TestRealm realm = new TestRealm();

    @Test
    void keysAreFetchedOnceAndCached() throws Exception {
        TokenVerifier verifier = realm.verifier();
        for (int i = 0; i < 20; i++) {
            verifier.verifyAccessToken(realm.sign(TestRealm.accessClaims().build()));
        }
        assertThat(realm.fetches()).isEqualTo(1);
    }

    @Test
    void aTokenOfARotatedKeyIsVerifiedAfterOneRefresh() throws Exception {
        TokenVerifier verifier = realm.verifier();
        verifier.verifyAccessToken(realm.sign(TestRealm.accessClaims().build()));
        assertThat(realm.fetches()).isEqualTo(1);

        realm.rotate("key-2");
        String fromNewKey = realm.sign(TestRealm.accessClaims().build());
        assertThat(verifier.verifyAccessToken(fromNewKey).ocnId()).isEqualTo("taro.yamada@ocn.ne.jp");
        assertThat(realm.fetches()).as("the unknown kid made one refresh").isEqualTo(2);
    }

    @Test
    void tokensWithJunkKidsCannotMakeTheVerifierHammerTheServer() throws Exception {
        TokenVerifier verifier = new TokenVerifier(realm.settings()
                .jwksCache(Duration.ofMinutes(5), Duration.ofSeconds(30))
                .build());
        verifier.verifyAccessToken(realm.sign(TestRealm.accessClaims().build()));
        for (int i = 0; i < 50; i++) {
            String junk = TestRealm.sign(
                    TestRealm.accessClaims().build(),
                    realm.signingKey(),
                    new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("junk-" + i).build());
            assertThatThrownBy(() -> verifier.verifyAccessToken(junk)).isInstanceOf(MyPageTokenException.class);
        }
        assertThat(realm.fetches())
                .as("50 unknown kids within the refresh interval: at most a couple of refreshes")
                .isLessThanOrEqualTo(3);
    }

    @Test
    void anUnknownKidThatStaysUnknownIsRefused() {
        TokenVerifier verifier = realm.verifier();
        String other = TestRealm.sign(
                TestRealm.accessClaims().build(),
                TestRealm.newKey("key-9"),
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("key-9").build());
        assertThatThrownBy(() -> verifier.verifyAccessToken(other))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_KEY));
    }

    @Test
    void anUnreachableJwksIsReportedAsKeysUnavailable() {
        realm.unreachable();
        TokenVerifier verifier = realm.verifier();
        String token = realm.sign(TestRealm.accessClaims().build());
        assertThatThrownBy(() -> verifier.verifyAccessToken(token))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEYS_UNAVAILABLE));
    }
}
