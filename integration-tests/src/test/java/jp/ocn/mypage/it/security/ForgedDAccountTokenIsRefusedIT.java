package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import jp.ocn.mypage.testsupport.DAccountStandIn.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An attacker who can answer in d ACCOUNT's place (a tampered response, a hostile network) tries to sign in as a
 * linked customer's dアカウント with ID tokens we must not believe: alg none, HS256 keyed with the provider's public
 * RSA key (algorithm confusion), a broken signature, another issuer.
 */
@ExtendWith(MyPageServerExtension.class)
class ForgedDAccountTokenIsRefusedIT {

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    ForgedDAccountTokenIsRefusedIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void anUnsignedIdTokenWithAlgNoneSignsNobodyIn() {
        assertThat(forgedSignInOfALinkedAccount(Fault.UNSIGNED)).isFalse();
    }

    @Test
    void anHs256IdTokenKeyedWithThePublicKeySignsNobodyIn() {
        assertThat(forgedSignInOfALinkedAccount(Fault.HS256_WITH_PUBLIC_KEY)).isFalse();
    }

    @Test
    void anIdTokenWithABrokenSignatureSignsNobodyIn() {
        assertThat(forgedSignInOfALinkedAccount(Fault.INVALID_SIGNATURE)).isFalse();
    }

    @Test
    void anIdTokenFromAnotherIssuerSignsNobodyIn() {
        assertThat(forgedSignInOfALinkedAccount(Fault.WRONG_ISSUER)).isFalse();
    }

    @Test
    void theSameLinkedAccountStillSignsInWithAGenuineToken() {
        assertThat(forgedSignInOfALinkedAccount(Fault.NONE)).isTrue();
    }

    /** Links a customer's dアカウント honestly, then signs in as that dアカウント with a forged answer. */
    private boolean forgedSignInOfALinkedAccount(Fault fault) {
        CodeSteps.Account victim = CodeSteps.newAccount(fx.admin());
        LoginClient owner = fx.browser();
        assertThat(DAccountSteps.linkWithPassword(
                                owner, DAccountSteps.start(owner), victim.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .isTrue();
        daccount.failWith(fault);
        LoginClient.Outcome attacker = DAccountSteps.start(fx.browser());
        daccount.failWith(Fault.NONE);
        return attacker.signedIn();
    }
}
