package jp.ocn.mypage.realmapply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealmConfigTest {

    private static final Path REALM_CONFIG = Path.of("..", "realm-config", "mypage");

    @Test
    void filesMergeObjectsFieldByFieldAndJoinLists(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("a.json"),
                "{\"realm\": \"r\", \"attributes\": {\"a\": \"1\"}, \"clients\": [{\"clientId\": \"x\"}]}");
        Files.writeString(
                dir.resolve("b.json"),
                "{\"realm\": \"r\", \"attributes\": {\"b\": \"2\"}, \"clients\": [{\"clientId\": \"y\"}],"
                        + " \"_comment\": \"a note\"}");
        JsonNode realm =
                RealmConfig.load(List.of(dir), Placeholders.of(Map.of())).realm();
        assertThat(realm.get("attributes")).isEqualTo(AdminClient.MAPPER.readTree("{\"a\": \"1\", \"b\": \"2\"}"));
        assertThat(realm.get("clients")).hasSize(2);
        assertThat(realm.has("_comment")).isFalse();
    }

    @Test
    void twoFilesGivingOneSettingDifferentValuesIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"realm\": \"r\", \"failureFactor\": 5}");
        Files.writeString(dir.resolve("b.json"), "{\"realm\": \"r\", \"failureFactor\": 30}");
        assertThatThrownBy(() -> RealmConfig.load(List.of(dir), Placeholders.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("b.json")
                .hasMessageContaining("failureFactor");
    }

    @Test
    void realmConfigCreatesTheOperatorRoleAndClientRolesAreRefused(@TempDir Path dir) throws Exception {
        RealmConfig inGit = RealmConfig.load(List.of(REALM_CONFIG), Placeholders.of(Map.of()));
        assertThat(inGit.realm().at("/roles/realm").findValuesAsText("name")).contains("mypage-operator");
        RoleSync.refuseUnhandled(inGit);

        Files.writeString(dir.resolve("a.json"), "{\"realm\": \"r\", \"roles\": {\"client\": {}}}");
        RealmConfig withClientRoles = RealmConfig.load(List.of(dir), Placeholders.of(Map.of()));
        assertThatThrownBy(() -> RoleSync.refuseUnhandled(withClientRoles))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("roles.client");
    }

    @Test
    void realmConfigInGitLoadsWithItsDefaultsAndNamesRealmMypage() {
        RealmConfig config = RealmConfig.load(List.of(REALM_CONFIG), Placeholders.of(Map.of()));
        assertThat(config.name()).isEqualTo("mypage");
        assertThat(config.realm().at("/smtpServer/host").asText()).isEqualTo("127.0.0.1");
        assertThat(config.realm().get("userProfile").get("attributes")).isNotEmpty();
    }

    @Test
    void theFreshCodeBrowserFlowIsTheBrowserFlowWithLevelTwoMaxAgeZero() {
        RealmConfig config = RealmConfig.load(List.of(REALM_CONFIG), Placeholders.of(Map.of()));
        List<String> browser = aliasesStartingWith(config.list("authenticationFlows"), "mypage browser");
        List<String> fresh = aliasesStartingWith(config.list("authenticationFlows"), "mypage browser fresh code");
        assertThat(fresh).hasSize(browser.size() - fresh.size()).contains("mypage browser fresh code level 2");
        assertThat(config(config, "mypage browser loa2").get("loa-max-age").asText())
                .isEqualTo("300");
        assertThat(config(config, "mypage browser fresh code loa2")
                        .get("loa-max-age")
                        .asText())
                .isEqualTo("0");
        assertThat(config(config, "mypage browser fresh code loa1")).isEqualTo(config(config, "mypage browser loa1"));
    }

    @Test
    void theDAccountProviderIsDisabledUntilTheEnvironmentSaysItIsConfigured() {
        assertThat(daccount(Map.of()).get("enabled").asText()).isEqualTo("false");
        assertThat(daccount(Map.of("MYPAGE_DACCOUNT_ENABLED", "true"))
                        .get("enabled")
                        .asText())
                .isEqualTo("true");
    }

    private static JsonNode daccount(Map<String, String> environment) {
        RealmConfig config = RealmConfig.load(List.of(REALM_CONFIG), Placeholders.of(environment));
        for (JsonNode idp : config.list("identityProviders")) {
            if (idp.path("alias").asText().equals("daccount")) {
                return idp;
            }
        }
        throw new AssertionError("no identity provider daccount");
    }

    @Test
    void noRealmConfigFileHoldsGeneratedIds() throws Exception {
        try (var files = Files.list(REALM_CONFIG)) {
            for (Path file : files.toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContainPattern("\"id\"\\s*:")
                        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            }
        }
    }

    private static List<String> aliasesStartingWith(JsonNode list, String prefix) {
        List<String> out = new java.util.ArrayList<>();
        list.forEach(f -> {
            if (f.get("alias").asText().startsWith(prefix)) {
                out.add(f.get("alias").asText());
            }
        });
        return out;
    }

    private static JsonNode config(RealmConfig config, String alias) {
        for (JsonNode c : config.list("authenticatorConfig")) {
            if (c.get("alias").asText().equals(alias)) {
                return c.get("config");
            }
        }
        throw new AssertionError("no setting " + alias);
    }
}
