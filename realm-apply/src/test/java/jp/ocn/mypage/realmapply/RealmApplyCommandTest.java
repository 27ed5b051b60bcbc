package jp.ocn.mypage.realmapply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RealmApplyCommandTest {

    @Test
    void noFilesOrAnUnknownOptionIsWrongUsage() {
        assertThat(RealmApplyCommand.run(new String[0], Map.of())).isEqualTo(2);
        assertThat(RealmApplyCommand.run(new String[] {"--force", "realm-config"}, Map.of()))
                .isEqualTo(2);
    }

    @Test
    void withoutCredentialsInTheEnvironmentItFailsBeforeReadingOrCallingAnything() {
        assertThat(RealmApplyCommand.run(new String[] {"no-such-folder"}, Map.of()))
                .isEqualTo(1);
    }

    @Test
    void aClientSecretMeansClientCredentialsOtherwiseTheAdminPasswordThroughAdminCli() {
        AdminClient.Credentials client = RealmApplyCommand.credentials(Map.of(
                "MYPAGE_APPLY_CLIENT_ID",
                "ci",
                "MYPAGE_APPLY_CLIENT_SECRET",
                "s",
                "MYPAGE_APPLY_USERNAME",
                "admin",
                "MYPAGE_APPLY_PASSWORD",
                "p"));
        assertThat(client.form())
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_id", "ci")
                .doesNotContainKey("password");
        AdminClient.Credentials user = RealmApplyCommand.credentials(Map.of(
                "MYPAGE_APPLY_USERNAME", "admin", "MYPAGE_APPLY_PASSWORD", "p", "MYPAGE_APPLY_AUTH_REALM", "mypage"));
        assertThat(user.form()).containsEntry("grant_type", "password").containsEntry("client_id", "admin-cli");
        assertThat(user.authRealm()).isEqualTo("mypage");
    }
}
