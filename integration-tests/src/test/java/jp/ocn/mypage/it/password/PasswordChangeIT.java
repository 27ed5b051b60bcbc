package jp.ocn.mypage.it.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** After the owner changes the password: other sessions end and a mail says so, reminding of mail apps. */
@ExtendWith(MyPageServerExtension.class)
class PasswordChangeIT {

    private final KeycloakServer server;
    private final AdminApi admin;
    private final MailCatcher mail;

    PasswordChangeIT(KeycloakServer server, AdminApi admin, MailCatcher mail) {
        this.server = server;
        this.admin = admin;
        this.mail = mail;
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndMailsTheOwner() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(admin, true);
        LoginClient phone = new LoginClient(server);
        JsonNode phoneTokens = phone.signIn(account.username(), CodeSteps.PASSWORD);

        admin.requireAction(admin.userId(account.username()), "UPDATE_PASSWORD");
        LoginClient laptop = new LoginClient(server);
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
        while (mail.to(account.username()).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(1_000); // Keycloak reports the change several times: one mail all the same
        assertThat(mail.to(account.username()))
                .filteredOn(m -> m.subject().contains("パスワードが変更されました"))
                .singleElement()
                .satisfies(
                        m -> assertThat(m.body()).contains(account.username()).contains("メールソフト"));
    }
}
