package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.GateAccounts;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attack: a cancelled customer signs in while the retention period lasts and keeps refreshing (online or
 * offline) after it has ended; no directory change happens, so nothing else would end the session. Every
 * token issue and refresh reads the directory and the clock: the refresh is refused and the session ends.
 * The end of retention is brought forward with the realm attribute, as the passing of days would.
 */
@ExtendWith(MyPageServerExtension.class)
class RefreshAfterRetentionEndsIsRefusedIT {

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    RefreshAfterRetentionEndsIsRefusedIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void aRefreshAfterTheRetentionEndedIsRefusedAndTheSessionEnds() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 10);
        LoginClient client = fx.browser();
        JsonNode tokens = client.signIn(account.username(), CodeSteps.PASSWORD);
        JsonHttp.Reply during = client.refresh(tokens.get("refresh_token").asText());
        assertThat(during.status()).as("within retention: " + during.body()).isEqualTo(200);
        String refreshToken = during.json().get("refresh_token").asText();

        realm.set(GateAccounts.RETENTION, "5");
        JsonHttp.Reply after = client.refresh(refreshToken);
        assertThat(after.status()).as(after.body()).isEqualTo(400);
        assertThat(after.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(after.json().get("error_description").asText()).isEqualTo("account may not sign in");

        realm.restore();
        assertThat(client.refresh(refreshToken).status())
                .as("the refused refresh ended the session for good")
                .isEqualTo(400);
        assertThat(client.authorize("").signedIn()).as("no SSO session either").isFalse();
    }

    @Test
    void anOfflineTokenAfterTheRetentionEndedIsRefusedToo() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 10);
        LoginClient client = fx.browser();
        Outcome in = client.submit(
                client.authorizeWithScope("openid offline_access", "").page(), account.username(), CodeSteps.PASSWORD);
        assertThat(in.signedIn()).as(in.body()).isTrue();
        String offline = client.tokens(in.code()).get("refresh_token").asText();
        assertThat(LoginClient.claims(offline).getClaim("typ")).isEqualTo("Offline");
        assertThat(client.refresh(offline).status()).as("within retention").isEqualTo(200);

        realm.set(GateAccounts.RETENTION, "5");
        assertThat(client.refresh(offline).status()).isEqualTo(400);

        realm.restore();
        assertThat(client.refresh(offline).status())
                .as("the offline session ended too")
                .isEqualTo(400);
    }

    @Test
    void aCodeIssuedBeforeTheRetentionEndedIsNotExchangedAfterIt() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 10);
        LoginClient client = fx.browser();
        Outcome in = client.login(account.username(), CodeSteps.PASSWORD);
        assertThat(in.signedIn()).as(in.body()).isTrue();

        realm.set(GateAccounts.RETENTION, "5");
        assertThatThrownBy(() -> client.tokens(in.code()))
                .as("the code exchange asks the directory and the clock again")
                .hasMessageContaining("invalid_grant")
                .hasMessageContaining("may not sign in");
    }
}
