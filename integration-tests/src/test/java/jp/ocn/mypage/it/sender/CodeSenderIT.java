package jp.ocn.mypage.it.sender;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server is started with Twilio configured (pointing at {@link TwilioStub}), so the {@code twilio} code sender
 * must be the only one: with Twilio configured, messages go to Twilio only, never to the dev outbox.
 */
@ExtendWith(MyPageServerExtension.class)
class CodeSenderIT {

    @Test
    void withTwilioConfiguredTheTwilioSenderIsTheOnlyOne(KeycloakServer server, AdminApi admin) {
        JsonHttp.Reply info = admin.call("GET", server.baseUrl() + "/admin/serverinfo", null, admin.token());

        assertThat(info.status()).isEqualTo(200);
        JsonNode senders =
                info.json().path("providers").path("mypage-code-sender").path("providers");
        assertThat(senders.has("twilio")).as("twilio sender in %s", senders).isTrue();
        assertThat(senders.has("dev-outbox")).as("dev outbox in %s", senders).isFalse();
    }

    @Test
    void serverLogNamesTheStubButNeverTheAuthToken(KeycloakServer server) throws IOException {
        Path log = Path.of(System.getProperty("mypage.keycloak.home"), "mypage-test-server.log");

        String text = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(text).contains("Codes are sent by Twilio (account " + TwilioStub.ACCOUNT_SID);
        assertThat(text).doesNotContain(TwilioStub.AUTH_TOKEN);
    }
}
