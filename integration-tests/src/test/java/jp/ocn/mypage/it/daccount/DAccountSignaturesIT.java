package jp.ocn.mypage.it.daccount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.DAccountSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.DAccountStandIn;
import jp.ocn.mypage.testsupport.DAccountStandIn.Signing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** d ACCOUNT signs ID tokens with HS256 (the client secret) or RS256 (a JWKS key without kid or alg): both work. */
@ExtendWith(MyPageServerExtension.class)
class DAccountSignaturesIT {

    private final KeycloakServer server;
    private final AdminApi admin;
    private final DAccountStandIn daccount;

    DAccountSignaturesIT(Fixtures fixtures) {
        this.server = fixtures.server();
        this.admin = fixtures.admin();
        this.daccount = DAccountSteps.standIn(admin);
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
        DAccountSteps.configure(admin, Map.of("daccountAlgorithms", "HS256"));
        try {
            daccount.signWith(Signing.RS256);
            String subject = daccount.subject();
            LoginClient.Outcome outcome = DAccountSteps.start(new LoginClient(server));
            assertThat(outcome.signedIn()).isFalse();
            assertThat(DAccountSteps.usersLinkedTo(admin, subject)).isEmpty();
        } finally {
            DAccountSteps.configure(admin, Map.of("daccountAlgorithms", "HS256,RS256"));
        }
    }

    private boolean linkAndSignInAgain() {
        CodeSteps.Account account = CodeSteps.newAccount(admin);
        LoginClient first = new LoginClient(server);
        LoginClient.Outcome linked = DAccountSteps.linkWithPassword(
                first, DAccountSteps.start(first), account.username(), CodeSteps.PASSWORD);
        assertThat(linked.signedIn()).as(linked.body()).isTrue();
        LoginClient.Outcome again = DAccountSteps.start(new LoginClient(server));
        return again.signedIn();
    }
}
