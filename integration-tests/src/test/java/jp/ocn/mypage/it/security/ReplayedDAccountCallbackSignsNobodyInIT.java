package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An attacker who got hold of a d ACCOUNT callback URL (code and state, e.g. from a proxy log or browser history)
 * replays it in their own browser: the state belongs to a finished sign-in, so nobody is signed
 * in by it.
 */
@ExtendWith(MyPageServerExtension.class)
class ReplayedDAccountCallbackSignsNobodyInIT {

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    ReplayedDAccountCallbackSignsNobodyInIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void aReplayedCallbackSignsNobodyInInTheAttackersBrowser() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient owner = fx.browser();
        assertThat(DAccountSteps.linkWithPassword(
                                owner, DAccountSteps.start(owner), account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .isTrue();
        LoginClient.Outcome later = DAccountSteps.start(fx.browser());
        assertThat(later.signedIn()).isTrue();
        String callback = daccount.lastRedirect();

        LoginClient.Outcome attacker = fx.browser().open(callback);
        assertThat(attacker.signedIn()).isFalse();
    }

    @Test
    void aCallbackWithAnotherStateSignsNobodyIn() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient owner = fx.browser();
        assertThat(DAccountSteps.linkWithPassword(
                                owner, DAccountSteps.start(owner), account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .isTrue();
        daccount.failWith(DAccountStandIn.Fault.BAD_STATE);
        assertThat(DAccountSteps.start(fx.browser()).signedIn()).isFalse();
    }
}
