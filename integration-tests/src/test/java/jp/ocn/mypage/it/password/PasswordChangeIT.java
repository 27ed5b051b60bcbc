package jp.ocn.mypage.it.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After the owner changes the password: other sessions end and a mail says so, reminding of mail apps. */
@ExtendWith(MyPageServerExtension.class)
class PasswordChangeIT {

    private final Fixtures fx;

    PasswordChangeIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndMailsTheOwner() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient phone = fx.browser();
        JsonNode phoneTokens = phone.signIn(account.username(), CodeSteps.PASSWORD);

        fx.admin().requireAction(fx.admin().userId(account.username()), "UPDATE_PASSWORD");
        LoginClient laptop = fx.browser();
        Outcome change = laptop.login(account.username(), CodeSteps.PASSWORD);
        Outcome done = laptop.post(
                change.page(),
                "form#kc-passwd-update-form",
                Map.of("password-new", "Changed-Pass-2026#", "password-confirm", "Changed-Pass-2026#"));
        assertThat(done.signedIn()).as(done.body()).isTrue();

        assertThat(phone.refresh(phoneTokens.get("refresh_token").asText()).status())
                .as("the other session ended")
                .isEqualTo(400);
        assertThat(laptop.tokens(done.code()).has("access_token"))
                .as("this session goes on")
                .isTrue();
        long deadline = System.currentTimeMillis() + 10_000;
        while (fx.mail().to(account.username()).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1_000); // Keycloak reports the change several times: one mail all the same
        assertThat(fx.mail().to(account.username()))
                .filteredOn(m -> m.subject().contains("パスワードが変更されました"))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.body()).contains(account.username()).contains("メールソフト"));
    }
}
