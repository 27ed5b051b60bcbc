package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.TestRealm.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import jp.ocn.mypage.sdk.principal.Contract;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;
import org.junit.jupiter.api.Test;

/** The claim rules of access and ID tokens: lifetime, issuer, audience, token kind, nonce. */
class TokenVerifierTest {

    private final TestRealm realm = new TestRealm();
    private final TokenVerifier verifier = realm.verifier();

    @Test
    void aGoodAccessTokenGivesTheTypedPrincipal() throws Exception {
        MyPagePrincipal p =
                verifier.verifyAccessToken(realm.sign(TestRealm.accessClaims().build()));
        assertThat(p.ocnId()).isEqualTo("taro.yamada@ocn.ne.jp");
        assertThat(p.customerNumbers()).containsExactly("N123456789");
        assertThat(p.contracts())
                .containsExactly(new Contract(
                        "N123456789", "OCN 光", ContractStatus.ACTIVE, java.util.Optional.of(LocalDate.of(2025, 1, 1))));
        assertThat(p.accountStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(p.acr()).isEqualTo("1");
        assertThat(p.level()).isEqualTo(1);
        assertThat(p.amr()).containsExactly("pwd");
        assertThat(p.authTime()).contains(NOW.minusSeconds(10));
        assertThat(p.sessionId()).contains("session-1");
        assertThat(p.clientId()).contains("mypage-portal");
        assertThat(p.corporate()).isEmpty();
        assertThat(p.daccountLinked()).isFalse();
    }

    @Test
    void anExpiredTokenIsRefusedButOneWithinTheSkewIsAccepted() throws Exception {
        realm.assertRefused(
                Reason.EXPIRED,
                TestRealm.accessClaims()
                        .expirationTime(Date.from(NOW.minusSeconds(31)))
                        .build());
        assertThat(verifier.verifyAccessToken(realm.sign(TestRealm.accessClaims()
                                .expirationTime(Date.from(NOW.minusSeconds(29)))
                                .build()))
                        .ocnId())
                .isNotEmpty();
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        realm.assertRefused(
                Reason.MISSING_CLAIM,
                TestRealm.accessClaims().expirationTime(null).build());
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        realm.assertRefused(
                Reason.NOT_YET_VALID,
                TestRealm.accessClaims()
                        .notBeforeTime(Date.from(NOW.plusSeconds(120)))
                        .build());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        realm.assertRefused(
                Reason.ISSUED_IN_THE_FUTURE,
                TestRealm.accessClaims()
                        .issueTime(Date.from(NOW.plusSeconds(120)))
                        .build());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        realm.assertRefused(
                Reason.WRONG_ISSUER,
                TestRealm.accessClaims()
                        .issuer("http://localhost:8080/realms/other")
                        .build());
    }

    @Test
    void anAccessTokenForAnotherModuleIsRefused() {
        realm.assertRefused(
                Reason.WRONG_AUDIENCE,
                TestRealm.accessClaims()
                        .audience("mypage-billing")
                        .claim("azp", "mypage-billing")
                        .build());
    }

    @Test
    void anAccessTokenNamingThisModuleInAudIsAcceptedWhoeverItWasIssuedTo() throws Exception {
        String token = realm.sign(TestRealm.accessClaims()
                .audience(List.of("account", "mypage-portal"))
                .claim("azp", "mypage-mobile")
                .build());
        assertThat(verifier.verifyAccessToken(token).clientId()).contains("mypage-mobile");
    }

    @Test
    void anIdTokenIsNoAccessTokenAndTheOtherWayRound() throws Exception {
        String idToken = realm.sign(TestRealm.idClaims().build());
        realm.assertRefusedToken(Reason.WRONG_TYPE, idToken);
        assertThat(verifier.verifyIdToken(idToken, "n-1").ocnId()).isEqualTo("taro.yamada@ocn.ne.jp");
        String access =
                realm.sign(TestRealm.accessClaims().audience(TestRealm.CLIENT).build());
        assertThatThrownBy(() -> verifier.verifyIdToken(access, null))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_TYPE));
    }

    @Test
    void aRefreshOrLogoutTokenTypeInTheHeaderIsRefused() {
        String logoutTyped = TestRealm.sign(
                TestRealm.accessClaims().build(),
                realm.signingKey(),
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID("key-1")
                        .type(new JOSEObjectType("logout+jwt"))
                        .build());
        realm.assertRefusedToken(Reason.WRONG_TYPE, logoutTyped);
        realm.assertRefused(
                Reason.WRONG_TYPE,
                TestRealm.accessClaims().claim("typ", "Refresh").build());
    }

    @Test
    void anIdTokenWithAnotherNonceIsRefused() {
        String idToken = realm.sign(TestRealm.idClaims().build());
        assertThatThrownBy(() -> verifier.verifyIdToken(idToken, "n-2"))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_NONCE));
    }

    @Test
    void anIdTokenForAnotherClientOrWithSeveralAudiencesAndNoAzpIsRefused() {
        for (JWTClaimsSet claims : List.of(
                TestRealm.idClaims().audience("mypage-billing").build(),
                TestRealm.idClaims()
                        .audience(List.of("mypage-portal", "mypage-billing"))
                        .claim("azp", null)
                        .build())) {
            String token = realm.sign(claims);
            assertThatThrownBy(() -> verifier.verifyIdToken(token, "n-1"))
                    .isInstanceOfSatisfying(MyPageTokenException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.WRONG_AUDIENCE));
        }
    }
}
