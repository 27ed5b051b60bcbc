package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(MyPageServerExtension.class)
class LoginIdIT {

    private final Fixtures fx;

    LoginIdIT(Fixtures fx) {
        this.fx = fx;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "taro.yamada@ocn.ne.jp",
                "Ｔａｒｏ．Ｙａｍａｄａ＠ＯＣＮ．ＮＥ．ＪＰ　",
                "n123-456-789",
                "ｎ１２３−４５６−７８９",
                " N123 456 789 ",
                "TARO.YAMADA@OCN.NE.JP"
            })
    void taroSignsInWithEverySpellingOfHisIds(String typed) {
        JWTClaimsSet id = LoginClient.claims(fx.browser()
                .signIn(typed, LoginClient.DEMO_PASSWORD)
                .get("id_token")
                .asText());
        assertThat(id.getClaim("ocn_id")).isEqualTo("taro.yamada@ocn.ne.jp");
    }

    @Test
    void anotherMailAddressRegisteredAsOcnIdSignsIn() {
        LoginClient client = fx.browser();
        // Hanako's password is old: she is asked to change it (PasswordAgePromptIT) and puts it off.
        LoginClient.Outcome in =
                client.laterForPasswordAge(client.login("hanako.suzuki@example.jp", LoginClient.DEMO_PASSWORD));
        assertThat(in.signedIn()).isTrue();
        JWTClaimsSet id =
                LoginClient.claims(client.tokens(in.code()).get("id_token").asText());
        assertThat(id.getClaim("ocn_id")).isEqualTo("hanako.suzuki@example.jp");
    }

    @Test
    void aCorporateCustomerNumberSignsInTheRepresentativeId() {
        JWTClaimsSet id = LoginClient.claims(fx.browser()
                .signIn("N678901234", LoginClient.DEMO_PASSWORD)
                .get("id_token")
                .asText());
        assertThat(id.getClaim("ocn_id")).isEqualTo("daihyo@shoji.example.jp");
    }
}
