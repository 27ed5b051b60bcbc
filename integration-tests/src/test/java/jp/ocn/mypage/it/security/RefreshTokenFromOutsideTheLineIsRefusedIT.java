package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A refresh token taken from a restricted user's line is no way around ログイン制限: from elsewhere it gets nothing. */
@ExtendWith(MyPageServerExtension.class)
class RefreshTokenFromOutsideTheLineIsRefusedIT {

    private final Fixtures fx;

    RefreshTokenFromOutsideTheLineIsRefusedIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aRestrictedUsersRefreshTokenUsedFromOutsideGetsAJsonInvalidGrant() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        Outcome in = RestrictionSteps.signIn(
                RestrictionSteps.browserAt(fx.server(), RestrictionSteps.LINE_V4), fx.server(), account);
        JsonHttp.Reply tokens = RestrictionSteps.tokens(fx.server(), in.code(), RestrictionSteps.LINE_V4);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        String refreshToken = tokens.json().get("refresh_token").asText();

        JsonHttp.Reply stolen = RestrictionSteps.refresh(fx.server(), refreshToken, RestrictionSteps.OUTSIDE);

        assertThat(stolen.status()).as(stolen.body()).isEqualTo(400);
        assertThat(stolen.contentType()).startsWith("application/json");
        assertThat(stolen.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(stolen.json().has("access_token")).isFalse();
        JsonHttp.Reply home = RestrictionSteps.refresh(fx.server(), refreshToken, RestrictionSteps.LINE_V4);
        assertThat(home.status())
                .as("the same token from the line: " + home.body())
                .isEqualTo(200);
    }
}
