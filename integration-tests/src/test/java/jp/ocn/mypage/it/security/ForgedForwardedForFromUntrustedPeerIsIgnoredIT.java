package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ログイン制限 holds to the client address Keycloak resolved: {@code X-Forwarded-For} counts only from the trusted
 * proxy (the harness: {@value KeycloakServer#TRUSTED_PROXY}). A thief who sends the line's address in the header
 * straight to the server stays outside.
 */
@ExtendWith(MyPageServerExtension.class)
class ForgedForwardedForFromUntrustedPeerIsIgnoredIT {

    private final Fixtures fx;

    ForgedForwardedForFromUntrustedPeerIsIgnoredIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theLinesAddressInAForwardedHeaderSentStraightToTheServerIsNotBelieved() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());

        Outcome forged =
                fx.browser().forwardedFor(RestrictionSteps.LINE_V4).login(account.username(), CodeSteps.PASSWORD);

        assertThat(forged.signedIn()).isFalse();
        assertThat(forged.page().selectFirst(RestrictionSteps.REFUSAL))
                .as(forged.body())
                .isNotNull();
        Outcome throughTheProxy = RestrictionSteps.signIn(
                RestrictionSteps.browserAt(fx.server(), RestrictionSteps.LINE_V4), fx.server(), account);
        assertThat(throughTheProxy.signedIn())
                .as("the same header from the trusted proxy")
                .isTrue();
    }
}
