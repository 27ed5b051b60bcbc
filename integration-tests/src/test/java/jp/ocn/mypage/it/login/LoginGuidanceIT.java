package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A wrong kind of ID gets specific guidance on the page, in Japanese, and an event saying what was typed. */
@ExtendWith(MyPageServerExtension.class)
class LoginGuidanceIT {

    private final Fixtures fx;

    LoginGuidanceIT(Fixtures fx) {
        this.fx = fx;
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ab123456@xyz.ocn.ne.jp      | OCN接続用ID（認証ID）です",
                "ＡＢ１２３４５６＠ｘｙｚ．ｏｃｎ．ｎｅ．ｊｐ | OCN接続用ID（認証ID）です",
                "N12345678                   | 「N」と数字9桁の10桁です（例：N123456789）",
                "123456789                   | 「N」と数字9桁の10桁です（例：N123456789）",
                "N1234567890                 | 「N」と数字9桁の10桁です（例：N123456789）",
                "taro.yamada                 | OCN ID（メールアドレス）またはお客さま番号（例：N123456789）を入力してください",
                "山田太郎                     | OCN ID（メールアドレス）またはお客さま番号（例：N123456789）を入力してください",
            })
    void theWrongKindOfIdGetsGuidanceInJapanese(String typed, String guidance) {
        LoginClient.Outcome outcome = fx.browser().login(typed.strip(), LoginClient.DEMO_PASSWORD);
        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.error()).contains(guidance);
        assertThat(outcome.page().selectFirst("form#kc-form-login"))
                .as("the form is shown again")
                .isNotNull();
    }

    @Test
    void aVeryLongIdIsRefusedPolitely() {
        LoginClient.Outcome outcome = fx.browser().login("x".repeat(10_000), "whatever");
        assertThat(outcome.status()).isEqualTo(200);
        assertThat(outcome.error()).contains("長すぎます");
    }

    @Test
    void guidanceIsEnglishForEnglishSpeakers() {
        LoginClient.Outcome outcome = new LoginClient(fx.server(), "en").login("N12345678", "whatever");
        assertThat(outcome.error()).contains("N followed by 9 digits");
    }

    @Test
    void everyAttemptIsAnEventNamingTheKindOfIdButNeverThePassword() {
        // IDs and a client of this test only, so each event found is this test's own attempt, whatever else runs.
        String password = "Secret-Never-Logged-" + System.nanoTime();
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String connectionId = "cx" + System.nanoTime() % 1_000_000_000L + "@xyz.ocn.ne.jp";
        JsonHttp.Reply patched = fx.admin()
                .directory(
                        "PATCH",
                        "/customers/" + account.customerNumber(),
                        JsonHttp.json(Map.of("connectionIds", List.of(connectionId))));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        String otherMail = "guidance-" + System.nanoTime() + "@example.jp";
        String otherMailUser = fx.admin().createUser(otherMail, CodeSteps.PASSWORD);

        String clientId = "guidance-" + System.nanoTime();
        fx.admin().createClient(clientId, clientId, Map.of());

        new LoginClient(fx.server(), "ja", clientId, clientId).login(connectionId, password);
        new LoginClient(fx.server(), "ja", clientId, clientId).login(otherMail, password);
        new LoginClient(fx.server(), "ja", clientId, clientId)
                .signIn(
                        account.customerNumber().substring(0, 4) + "-"
                                + account.customerNumber().substring(4),
                        CodeSteps.PASSWORD);

        assertThat(fx.admin().eventsOfClient("LOGIN_ERROR", clientId))
                .filteredOn(e -> !e.has("userId"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("error").asText()).isEqualTo("mypage_wrong_id_kind");
                    assertThat(e.get("details").get("login_id_kind").asText()).isEqualTo("connection_id");
                });
        assertThat(fx.admin().eventsOf("LOGIN_ERROR", otherMailUser))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("error").asText()).isEqualTo("invalid_user_credentials");
                    assertThat(e.get("details").get("login_id_kind").asText()).isEqualTo("other_mail");
                });
        assertThat(fx.admin().eventsOf("LOGIN", fx.admin().userId(account.username())))
                .singleElement()
                .satisfies(e -> assertThat(e.get("details").get("login_id_kind").asText())
                        .isEqualTo("customer_number"));
        assertThat(fx.admin().get("/events?max=200").toString()).doesNotContain(password);
    }
}
