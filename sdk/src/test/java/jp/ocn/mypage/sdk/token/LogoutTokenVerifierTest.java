package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.TestRealm.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;
import org.junit.jupiter.api.Test;

/** OpenID Connect Back-Channel Logout 1.0 logout tokens, as Keycloak sends them to a client's logout URL. */
class LogoutTokenVerifierTest {

    private final TestRealm realm = new TestRealm();
    private final LogoutTokenVerifier verifier =
            new LogoutTokenVerifier(realm.settings().build());

    static JWTClaimsSet.Builder logoutClaims() {
        return new JWTClaimsSet.Builder()
                .issuer(TestRealm.ISSUER)
                .audience(TestRealm.CLIENT)
                .subject("user-1")
                .claim("sid", "session-1")
                .claim("typ", "Logout")
                .jwtID("jti-logout-1")
                .issueTime(Date.from(NOW.minusSeconds(2)))
                .expirationTime(Date.from(NOW.plusSeconds(120)))
                .claim("events", Map.of(LogoutTokenVerifier.BACKCHANNEL_LOGOUT_EVENT, Map.of()))
                .claim("azp", TestRealm.CLIENT);
    }

    private String sign(JWTClaimsSet claims) {
        return TestRealm.sign(
                claims,
                realm.signingKey(),
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(new JOSEObjectType("logout+jwt"))
                        .keyID(realm.signingKey().getKeyID())
                        .build());
    }

    @Test
    void aLogoutTokenNamesTheSessionToEnd() throws Exception {
        LogoutRequest request = verifier.verify(sign(logoutClaims().build()));
        assertThat(request.sessionId()).contains("session-1");
        assertThat(request.subject()).contains("user-1");
        assertThat(request.ends("session-1", "user-1")).isTrue();
        assertThat(request.ends("session-2", "user-1"))
                .as("another sign-in of the same user")
                .isFalse();
    }

    @Test
    void aLogoutTokenWithOnlyTheSubjectEndsEverySessionOfThatUser() throws Exception {
        LogoutRequest request =
                verifier.verify(sign(logoutClaims().claim("sid", null).build()));
        assertThat(request.sessionId()).isEmpty();
        assertThat(request.ends("session-7", "user-1")).isTrue();
        assertThat(request.ends("session-7", "user-2")).isFalse();
        assertThat(new LogoutRequest(Optional.empty(), Optional.empty()).ends("s", "u"))
                .isFalse();
    }

    @Test
    void anIdTokenCannotPassForALogoutToken() {
        assertRefused(Reason.WRONG_TYPE, sign(TestRealm.idClaims().build()));
        assertRefused(
                Reason.NOT_A_LOGOUT_TOKEN,
                sign(logoutClaims().claim("nonce", "n-1").build()));
    }

    @Test
    void aTokenWithoutTheLogoutEventIsRefused() {
        assertRefused(
                Reason.NOT_A_LOGOUT_TOKEN,
                sign(logoutClaims().claim("events", null).build()));
        assertRefused(
                Reason.NOT_A_LOGOUT_TOKEN,
                sign(logoutClaims()
                        .claim("events", Map.of("http://schemas.openid.net/event/other", Map.of()))
                        .build()));
        assertRefused(
                Reason.NOT_A_LOGOUT_TOKEN,
                sign(logoutClaims()
                        .claim("events", Map.of(LogoutTokenVerifier.BACKCHANNEL_LOGOUT_EVENT, "yes"))
                        .build()));
    }

    @Test
    void aTokenNamingNeitherSessionNorUserIsRefused() {
        assertRefused(
                Reason.MISSING_CLAIM,
                sign(logoutClaims().claim("sid", null).subject(null).build()));
        assertRefused(Reason.MISSING_CLAIM, sign(logoutClaims().jwtID(null).build()));
    }

    @Test
    void aLogoutTokenForAnotherClientOrIssuerOrOutOfTimeIsRefused() {
        assertRefused(
                Reason.WRONG_AUDIENCE,
                sign(logoutClaims().audience("mypage-billing").build()));
        assertRefused(
                Reason.WRONG_ISSUER, sign(logoutClaims().issuer("http://evil").build()));
        assertRefused(
                Reason.EXPIRED,
                sign(logoutClaims()
                        .expirationTime(Date.from(NOW.minusSeconds(60)))
                        .build()));
        assertRefused(
                Reason.EXPIRED,
                sign(logoutClaims()
                        .expirationTime(null)
                        .issueTime(Date.from(NOW.minusSeconds(3600)))
                        .build()));
        assertRefused(
                Reason.ISSUED_IN_THE_FUTURE,
                sign(logoutClaims().issueTime(Date.from(NOW.plusSeconds(600))).build()));
    }

    @Test
    void anUnsignedOrForgedLogoutTokenIsRefused() {
        assertRefused(
                Reason.UNSIGNED, new com.nimbusds.jwt.PlainJWT(logoutClaims().build()).serialize());
        assertRefused(
                Reason.BAD_SIGNATURE,
                TestRealm.sign(
                        logoutClaims().build(),
                        TestRealm.newKey("key-1"),
                        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("key-1").build()));
    }

    private void assertRefused(Reason reason, String token) {
        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
