package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.TestRealm.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import jp.ocn.mypage.sdk.principal.Contract;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

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
        assertRefused(
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
        assertRefused(
                Reason.MISSING_CLAIM,
                TestRealm.accessClaims().expirationTime(null).build());
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        assertRefused(
                Reason.NOT_YET_VALID,
                TestRealm.accessClaims()
                        .notBeforeTime(Date.from(NOW.plusSeconds(120)))
                        .build());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        assertRefused(
                Reason.ISSUED_IN_THE_FUTURE,
                TestRealm.accessClaims()
                        .issueTime(Date.from(NOW.plusSeconds(120)))
                        .build());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertRefused(
                Reason.WRONG_ISSUER,
                TestRealm.accessClaims()
                        .issuer("http://localhost:8080/realms/other")
                        .build());
    }

    @Test
    void anAccessTokenForAnotherModuleIsRefused() {
        assertRefused(
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
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(TestRealm.accessClaims().build()).serialize();
        assertThatThrownBy(() -> verifier.verifyAccessToken(unsigned))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSIGNED));
        // and with the signature of a real token left on
        String signed = realm.sign(TestRealm.accessClaims().build());
        String noneWithSignature =
                Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + signed.substring(signed.indexOf('.'));
        assertThatThrownBy(() -> verifier.verifyAccessToken(noneWithSignature))
                .isInstanceOfSatisfying(
                        MyPageTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSIGNED));
    }

    @Test
    void anHs256TokenSignedWithThePublicKeyIsRefused() throws Exception {
        // The classic confusion attack: the public key (known to all) used as an HMAC secret.
        byte[] publicKey = realm.signingKey().toRSAPublicKey().getEncoded();
        byte[] pem = ("-----BEGIN PUBLIC KEY-----\n"
                        + java.util.Base64.getMimeEncoder().encodeToString(publicKey) + "\n-----END PUBLIC KEY-----\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (byte[] secret : List.of(
                publicKey, pem, realm.signingKey().toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8))) {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(realm.signingKey().getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    TestRealm.accessClaims().build());
            jwt.sign(new MACSigner(secret));
            assertThatThrownBy(() -> verifier.verifyAccessToken(jwt.serialize()))
                    .isInstanceOfSatisfying(MyPageTokenException.class, e -> assertThat(e.reason())
                            .isEqualTo(Reason.ALGORITHM_NOT_ALLOWED));
        }
    }

    @Test
    void settingsNeverAllowHmacOrNone() {
        assertThatThrownBy(() -> realm.settings().algorithms(Set.of(JWSAlgorithm.HS256)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> realm.settings().algorithms(Set.of(new JWSAlgorithm("none"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenSignedByAnotherKeyWithTheRealmsKidIsRefused() {
        String forged = TestRealm.sign(
                TestRealm.accessClaims().build(),
                TestRealm.newKey("key-1"),
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("key-1").build());
        assertRefusedToken(Reason.BAD_SIGNATURE, forged);
    }

    @Test
    void aChangedClaimBreaksTheSignature() {
        String token = realm.sign(TestRealm.accessClaims().build());
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "."
                + Base64URL.encode(TestRealm.accessClaims()
                        .claim("account_status", "active")
                        .claim("customer_numbers", List.of("N999999999"))
                        .build()
                        .toString())
                + "." + parts[2];
        assertRefusedToken(Reason.BAD_SIGNATURE, tampered);
    }

    @Test
    void anIdTokenIsNoAccessTokenAndTheOtherWayRound() throws Exception {
        String idToken = realm.sign(TestRealm.idClaims().build());
        assertRefusedToken(Reason.WRONG_TYPE, idToken);
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
        assertRefusedToken(Reason.WRONG_TYPE, logoutTyped);
        assertRefused(
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

    @Test
    void absentContractClaimsGiveAnEmptyPrincipalNotNulls() throws Exception {
        JWTClaimsSet bare = new JWTClaimsSet.Builder()
                .issuer(TestRealm.ISSUER)
                .subject("s")
                .claim("azp", TestRealm.CLIENT)
                .issueTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(1))))
                .build();
        MyPagePrincipal p = verifier.verifyAccessToken(realm.sign(bare));
        assertThat(p.ocnId()).isEmpty();
        assertThat(p.customerNumbers()).isEmpty();
        assertThat(p.contracts()).isEmpty();
        assertThat(p.accountStatus()).isEqualTo(ContractStatus.UNKNOWN);
        assertThat(p.corporate()).isEmpty();
        assertThat(p.acr()).isEmpty();
        assertThat(p.level()).isZero();
        assertThat(p.amr()).isEmpty();
        assertThat(p.authTime()).isEmpty();
        assertThat(p.sessionId()).isEmpty();
        assertThat(p.daccountLinked()).isFalse();
    }

    @Test
    void theCorpClaimGivesRolesAndTheRepresentativeFlag() throws Exception {
        MyPagePrincipal p = verifier.verifyAccessToken(realm.sign(TestRealm.accessClaims()
                .claim(
                        "corp",
                        java.util.Map.of(
                                "customer_number", "N678901234",
                                "name", "株式会社サンプル商事",
                                "roles", List.of("view", "apply", "a-role-from-the-future"),
                                "representative", false,
                                "deputy_until", "2026-12-02T00:00:00Z"))
                .claim("daccount_linked", true)
                .build()));
        assertThat(p.corporate()).isPresent();
        assertThat(p.corporate().get().name()).isEqualTo("株式会社サンプル商事");
        assertThat(p.corporate().get().roles())
                .containsExactlyInAnyOrder(
                        jp.ocn.mypage.sdk.principal.CorporateRole.VIEW,
                        jp.ocn.mypage.sdk.principal.CorporateRole.APPLY);
        assertThat(p.isRepresentative()).isFalse();
        assertThat(p.hasRole(jp.ocn.mypage.sdk.principal.CorporateRole.APPROVE, NOW))
                .as("deputy until tomorrow")
                .isTrue();
        assertThat(p.hasRole(jp.ocn.mypage.sdk.principal.CorporateRole.APPROVE, NOW.plus(Duration.ofDays(2))))
                .isFalse();
        assertThat(p.hasRole(jp.ocn.mypage.sdk.principal.CorporateRole.MANAGE, NOW))
                .isFalse();
        assertThat(p.daccountLinked()).isTrue();
    }

    @Test
    void aClaimOfTheWrongTypeIsRefusedAsMalformed() {
        assertRefused(
                Reason.MALFORMED,
                TestRealm.accessClaims().claim("contracts", "N123456789").build());
        assertRefused(
                Reason.MALFORMED,
                TestRealm.accessClaims()
                        .claim("corp", java.util.Map.of("roles", 7))
                        .build());
        assertRefused(
                Reason.MALFORMED,
                TestRealm.accessClaims().claim("auth_time", "yesterday").build());
    }

    private void assertRefused(Reason reason, JWTClaimsSet claims) {
        assertRefusedToken(reason, realm.sign(claims));
    }

    private void assertRefusedToken(Reason reason, String token) {
        ThrowingCallable call = () -> verifier.verifyAccessToken(token);
        assertThatThrownBy(call).isInstanceOfSatisfying(MyPageTokenException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }
}
