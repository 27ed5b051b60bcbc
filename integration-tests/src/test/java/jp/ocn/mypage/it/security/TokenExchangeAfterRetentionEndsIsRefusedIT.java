package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.ExchangeClients;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.GateAccounts;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attack: once refresh is refused, trade a still-valid access token from within the retention period for
 * fresh tokens through token exchange (another token-issuing route). The exchange asks the directory and the
 * clock too.
 */
@ExtendWith(MyPageServerExtension.class)
class TokenExchangeAfterRetentionEndsIsRefusedIT {

    private static final String EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    private static final String ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";
    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    TokenExchangeAfterRetentionEndsIsRefusedIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void anAccessTokenFromWithinRetentionIsNotExchangedAfterItEnded() {
        String clientId = "exchange-" + System.nanoTime();
        ExchangeClients.register(fx.admin(), clientId);
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 10);
        LoginClient client = new LoginClient(fx.server(), "ja", clientId, clientId);
        String accessToken = client.signIn(account.username(), CodeSteps.PASSWORD)
                .get("access_token")
                .asText();
        JsonHttp.Reply during = exchange(clientId, accessToken);
        assertThat(during.status())
                .as("within retention the exchange works: " + during.body())
                .isEqualTo(200);

        realm.set(GateAccounts.RETENTION, "5");
        JsonHttp.Reply after = exchange(clientId, accessToken);
        assertThat(after.status()).as(after.body()).isEqualTo(400);
        assertThat(after.json().path("error_description").asText()).isEqualTo("account may not sign in");
    }

    private JsonHttp.Reply exchange(String clientId, String subjectToken) {
        return JsonHttp.postForm(
                fx.server().realmUrl() + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        EXCHANGE,
                        "subject_token",
                        subjectToken,
                        "subject_token_type",
                        ACCESS_TOKEN,
                        "requested_token_type",
                        ACCESS_TOKEN,
                        "client_id",
                        clientId,
                        "client_secret",
                        clientId));
    }
}
