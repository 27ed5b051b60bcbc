package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.ExchangeClients;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token routes around the sign-in flows are no way around ログイン制限 either: an access token taken from the line
 * is not exchanged from elsewhere, and where a client allows the password grant, the password alone gets no tokens
 * from elsewhere.
 */
@ExtendWith(MyPageServerExtension.class)
class TokenExchangeAndPasswordGrantFromOutsideTheLineAreRefusedIT {

    private static final String ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token";
    private final Fixtures fx;

    TokenExchangeAndPasswordGrantFromOutsideTheLineAreRefusedIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void anAccessTokenFromTheLineIsNotExchangedFromOutside() {
        String clientId = registerClient();
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        Outcome in = RestrictionSteps.signIn(
                RestrictionSteps.browserAt(fx.server(), RestrictionSteps.LINE_V4), fx.server(), clientId, account);
        JsonHttp.Reply tokens =
                RestrictionSteps.tokens(fx.server(), clientId, clientId, in.code(), RestrictionSteps.LINE_V4);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        Map<String, String> exchange = Map.of(
                "grant_type",
                "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token",
                tokens.json().get("access_token").asText(),
                "subject_token_type",
                ACCESS_TOKEN,
                "requested_token_type",
                ACCESS_TOKEN,
                "client_id",
                clientId,
                "client_secret",
                clientId);

        JsonHttp.Reply stolen = RestrictionSteps.tokenRequest(fx.server(), RestrictionSteps.OUTSIDE, exchange);

        assertThat(stolen.status()).as(stolen.body()).isEqualTo(400);
        assertThat(stolen.json().path("error_description").asText()).isEqualTo("mypage_login_restricted");
        JsonHttp.Reply home = RestrictionSteps.tokenRequest(fx.server(), RestrictionSteps.LINE_V4, exchange);
        assertThat(home.status())
                .as("the same exchange from the line: " + home.body())
                .isEqualTo(200);
    }

    @Test
    void thePasswordGrantFromOutsideGetsNoTokens() {
        String clientId = registerClient();
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        Map<String, String> grant = Map.of(
                "grant_type",
                "password",
                "username",
                account.username(),
                "password",
                CodeSteps.PASSWORD,
                "scope",
                "openid",
                "client_id",
                clientId,
                "client_secret",
                clientId);

        JsonHttp.Reply stolen = RestrictionSteps.tokenRequest(fx.server(), RestrictionSteps.OUTSIDE, grant);

        assertThat(stolen.status()).as(stolen.body()).isEqualTo(400);
        assertThat(stolen.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(stolen.json().has("access_token")).isFalse();
        JsonHttp.Reply home = RestrictionSteps.tokenRequest(fx.server(), RestrictionSteps.LINE_V4, grant);
        assertThat(home.status())
                .as("the same grant from the line: " + home.body())
                .isEqualTo(200);
    }

    /** A client of this test: standard token exchange on (its tokens name it as audience) and the password grant on. */
    private String registerClient() {
        String clientId = "restricted-routes-" + System.nanoTime();
        ExchangeClients.register(fx.admin(), clientId);
        JsonNode client = fx.admin().get("/clients?clientId=" + clientId).get(0);
        ((ObjectNode) client).put("directAccessGrantsEnabled", true);
        JsonHttp.Reply r = fx.admin().put("/clients/" + client.get("id").asText(), client);
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        return clientId;
    }
}
