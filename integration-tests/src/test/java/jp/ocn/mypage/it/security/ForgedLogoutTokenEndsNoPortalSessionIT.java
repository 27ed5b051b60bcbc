package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.portal.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An attacker who holds tokens of the victim's very session (its ID token and access token: signed by the realm,
 * same {@code sid}) posts them to the portal's back-channel logout endpoint to sign the victim out. Only a real
 * logout token (the back-channel logout event, no nonce, {@code typ} Logout) may end a session: each is refused with
 * 400 and the victim stays signed in.
 */
@ExtendWith(MyPageServerExtension.class)
class ForgedLogoutTokenEndsNoPortalSessionIT {

    private final Fixtures fx;

    ForgedLogoutTokenEndsNoPortalSessionIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void tokensOfTheVictimsOwnSessionCannotPassForLogoutTokens() {
        try (PortalUnderTest portal = PortalUnderTest.start(fx.server(), fx.admin())) {
            LoginClient victim = fx.browser();
            portal.signIn(victim, "taro.yamada@ocn.ne.jp");
            // The same browser session gives tokens with the portal session's sid.
            LoginClient.Outcome sso = victim.authorize("");
            assertThat(sso.signedIn()).isTrue();
            JsonNode tokens = victim.tokens(sso.code());
            String sid = LoginClient.claims(tokens.get("id_token").asText())
                    .getClaim("sid")
                    .toString();
            assertThat(sid).isNotEmpty();

            for (String forged : new String[] {
                tokens.get("id_token").asText(),
                tokens.get("access_token").asText(),
                tokens.get("refresh_token").asText(),
                "eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.",
                ""
            }) {
                JsonHttp.Reply r =
                        JsonHttp.postForm(portal.url() + "/backchannel-logout", Map.of("logout_token", forged));
                assertThat(r.status())
                        .as("posted " + forged.substring(0, Math.min(20, forged.length())))
                        .isEqualTo(400);
                assertThat(r.body()).contains("invalid_request");
            }
            assertThat(portal.top(victim).selectFirst("#who"))
                    .as("the victim is still signed in")
                    .isNotNull();
        }
    }
}
