package jp.ocn.mypage.sdk.token;

import static jp.ocn.mypage.sdk.token.TestRealm.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.MyPageTokenException.Reason;
import org.junit.jupiter.api.Test;

/** Our claims read into the typed principal: absent ones are empty, wrong types are refused. */
class PrincipalClaimsTest {

    private final TestRealm realm = new TestRealm();
    private final TokenVerifier verifier = realm.verifier();

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
        realm.assertRefused(
                Reason.MALFORMED,
                TestRealm.accessClaims().claim("contracts", "N123456789").build());
        realm.assertRefused(
                Reason.MALFORMED,
                TestRealm.accessClaims()
                        .claim("corp", java.util.Map.of("roles", 7))
                        .build());
        realm.assertRefused(
                Reason.MALFORMED,
                TestRealm.accessClaims().claim("auth_time", "yesterday").build());
    }
}
