package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import jp.ocn.mypage.testsupport.DAccountStandIn.Signing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** d ACCOUNT signs ID tokens with HS256 (the client secret) or RS256 (a JWKS key without kid or alg): both work. */
@ExtendWith(MyPageServerExtension.class)
class DAccountSignaturesIT {

    private final Fixtures fx;
    private final DAccountStandIn daccount;

    DAccountSignaturesIT(Fixtures fx) {
        this.fx = fx;
        this.daccount = DAccountSteps.standIn(fx.admin());
    }

    @Test
    void anRs256IdTokenSignedWithAJwksKeyWithoutKidSignsIn() {
        daccount.signWith(Signing.RS256);
        assertThat(linkAndSignInAgain()).isTrue();
    }

    @Test
    void anHs256IdTokenKeyedWithTheClientSecretSignsIn() {
        daccount.signWith(Signing.HS256);
        assertThat(linkAndSignInAgain()).isTrue();
    }

    @Test
    void anAlgorithmTheProviderIsNotConfiguredForIsRefused() {
        DAccountSteps.configure(fx.admin(), Map.of("daccountAlgorithms", "HS256"));
        try {
            daccount.signWith(Signing.RS256);
            String subject = daccount.subject();
            LoginClient.Outcome outcome = DAccountSteps.start(fx.browser());
            assertThat(outcome.signedIn()).isFalse();
            assertThat(DAccountSteps.usersLinkedTo(fx.admin(), subject)).isEmpty();
        } finally {
            DAccountSteps.configure(fx.admin(), Map.of("daccountAlgorithms", "HS256,RS256"));
        }
    }

    private boolean linkAndSignInAgain() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient first = fx.browser();
        LoginClient.Outcome linked = DAccountSteps.linkWithPassword(
                first, DAccountSteps.start(first), account.username(), CodeSteps.PASSWORD);
        assertThat(linked.signedIn()).as(linked.body()).isTrue();
        LoginClient.Outcome again = DAccountSteps.start(fx.browser());
        return again.signedIn();
    }
}
