package jp.ocn.mypage.it.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the deployment files at the repository root: {@code docker-compose.yml} and
 * {@code .env.example}: the services, their images, order and settings. A plain unit test: no Docker engine is
 * needed. Mounts, variables and {@code docker-compose config} are checked by {@link ComposeMountsAndVariablesTest}.
 */
class ComposeFileTest {

    private static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.7.3";

    private static ComposeFile file;

    @BeforeAll
    static void loadComposeFile() throws IOException {
        file = ComposeFile.load();
    }

    @Test
    void composeFileDefinesKeycloakPostgresAndMailServices() {
        assertThat(file.services()).containsKeys("keycloak", "postgres", "mail");
    }

    @Test
    void keycloakRunsExactlyThePinnedKeycloakImage() {
        assertThat(file.service("keycloak").get("image")).isEqualTo(KEYCLOAK_IMAGE);
    }

    @Test
    void everyServiceImageIsPinnedToAnExplicitTag() {
        file.services().forEach((name, definition) -> {
            String image = String.valueOf(ComposeFile.asMap(definition, name).get("image"));
            String lastSegment = image.substring(image.lastIndexOf('/') + 1);
            assertThat(lastSegment).as("image of service %s", name).contains(":");
            assertThat(lastSegment).as("image of service %s", name).doesNotEndWith(":latest");
        });
        assertThat(String.valueOf(file.service("postgres").get("image"))).startsWith("postgres:16");
    }

    @Test
    void keycloakStartsInProductionModeAndLeavesTheRealmToTheApply() {
        List<String> command =
                ComposeFile.commandTokens(file.service("keycloak").get("command"));
        assertThat(command).contains("start").doesNotContain("start-dev", "--import-realm");
    }

    @Test
    void realmApplyRunsOnceAfterKeycloakIsHealthyWithRealmConfigReadOnly() {
        Map<String, Object> apply = file.service("realm-apply");
        Map<String, Object> keycloak = ComposeFile.asMap(
                ComposeFile.asMap(apply.get("depends_on"), "depends_on").get("keycloak"), "depends_on.keycloak");
        assertThat(keycloak.get("condition")).isEqualTo("service_healthy");
        assertThat(String.valueOf(apply.get("restart"))).isEqualTo("no");
        assertThat(ComposeFile.commandTokens(apply.get("command")))
                .contains("--server", "http://keycloak:8080", "/opt/realm-config");
        assertThat(file.mounts("realm-apply")).anySatisfy(mount -> {
            assertThat(file.resolve(mount.source())).isEqualTo(file.repoRoot().resolve("realm-config/mypage"));
            assertThat(mount.target()).isEqualTo("/opt/realm-config");
            assertThat(mount.readOnly()).isTrue();
        });
        assertThat(String.valueOf(file.environment("realm-apply").get("MYPAGE_APPLY_PASSWORD")))
                .matches("\\$\\{KC_BOOTSTRAP_ADMIN_PASSWORD:\\?[^}]*}");
    }

    @Test
    void dependsOnNamesOnlyDefinedServices() {
        Set<String> defined = file.services().keySet();
        file.services().forEach((name, definition) -> {
            Object dependsOn = ComposeFile.asMap(definition, name).get("depends_on");
            assertThat(ComposeFile.dependencyNames(dependsOn))
                    .as("depends_on of service %s", name)
                    .allSatisfy(dependency -> assertThat(defined).contains(dependency))
                    .doesNotContain(name);
        });
    }

    @Test
    void keycloakWaitsForAHealthyPostgresAndForTheMailCatcher() {
        Object dependsOn = file.service("keycloak").get("depends_on");
        assertThat(ComposeFile.dependencyNames(dependsOn)).contains("postgres", "mail");
        assertThat(dependsOn)
                .as("keycloak depends_on in long form (with conditions)")
                .isInstanceOf(Map.class);
        Map<String, Object> postgres =
                ComposeFile.asMap(ComposeFile.asMap(dependsOn, "depends_on").get("postgres"), "depends_on.postgres");
        assertThat(postgres.get("condition")).isEqualTo("service_healthy");
    }

    @Test
    void postgresHasAHealthcheckAndKeepsItsDataInANamedVolume() {
        Map<String, Object> postgres = file.service("postgres");
        Map<String, Object> healthcheck = ComposeFile.asMap(postgres.get("healthcheck"), "postgres healthcheck");
        assertThat(String.valueOf(healthcheck.get("test"))).contains("pg_isready");
        assertThat(file.mounts("postgres")).anySatisfy(mount -> {
            assertThat(mount.bind()).isFalse();
            assertThat(mount.target()).isEqualTo("/var/lib/postgresql/data");
        });
        Map<String, Object> postgresEnvironment = file.environment("postgres");
        assertThat(postgresEnvironment).containsKeys("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD");
    }

    @Test
    void everyNamedVolumeIsDeclaredAtTopLevel() {
        Set<String> declared = file.compose().get("volumes") == null
                ? Set.of()
                : ComposeFile.asMap(file.compose().get("volumes"), "volumes").keySet();
        for (String service : file.services().keySet()) {
            for (ComposeFile.Mount mount : file.mounts(service)) {
                if (!mount.bind()) {
                    assertThat(declared)
                            .as("named volume %s of service %s", mount.source(), service)
                            .contains(mount.source());
                }
            }
        }
    }

    @Test
    void keycloakUsesThePostgresServiceAsItsDatabase() {
        Map<String, Object> env = file.environment("keycloak");
        assertThat(env.get("KC_DB")).isEqualTo("postgres");
        assertThat(String.valueOf(env.get("KC_DB_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
        assertThat(env).containsKeys("KC_DB_USERNAME", "KC_DB_PASSWORD");
    }

    @Test
    void bootstrapAdminPasswordHasNoSilentDefault() {
        Object password = file.environment("keycloak").get("KC_BOOTSTRAP_ADMIN_PASSWORD");
        assertThat(String.valueOf(password))
                .as("KC_BOOTSTRAP_ADMIN_PASSWORD must be required (${KC_BOOTSTRAP_ADMIN_PASSWORD:?...})")
                .matches("\\$\\{KC_BOOTSTRAP_ADMIN_PASSWORD:\\?[^}]*}");
        assertThat(file.environment("keycloak")).containsKey("KC_BOOTSTRAP_ADMIN_USERNAME");
    }

    @Test
    void keycloakServesPlainHttpBehindAProxyWithHealthAndMetricsOnTheManagementPort() {
        Map<String, Object> env = file.environment("keycloak");
        assertThat(String.valueOf(env.get("KC_HTTP_ENABLED"))).isEqualTo("true");
        assertThat(String.valueOf(env.get("KC_HEALTH_ENABLED"))).isEqualTo("true");
        assertThat(String.valueOf(env.get("KC_METRICS_ENABLED"))).isEqualTo("true");
        assertThat(String.valueOf(env.get("KC_HOSTNAME"))).startsWith("${KC_HOSTNAME");
        assertThat(String.valueOf(env.get("KC_PROXY_HEADERS"))).startsWith("${KC_PROXY_HEADERS");
        List<String> containerPorts = ComposeFile.asList(
                        file.service("keycloak").get("ports"))
                .stream()
                .map(ComposeFile::containerPort)
                .collect(Collectors.toList());
        assertThat(containerPorts).contains("8080", "9000");
    }

    @Test
    void keycloakTrustsForwardedHeadersOnlyFromConfiguredProxyAddresses() {
        // Without a trusted list, any client could set X-Forwarded-For and get a fresh per-IP quota.
        String trusted = String.valueOf(file.environment("keycloak").get("KC_PROXY_TRUSTED_ADDRESSES"));
        assertThat(trusted).startsWith("${KC_PROXY_TRUSTED_ADDRESSES:-");
        String fallback = trusted.substring("${KC_PROXY_TRUSTED_ADDRESSES:-".length(), trusted.length() - 1);
        assertThat(fallback).as("default trusted proxy addresses").isNotBlank().doesNotContain("0.0.0.0/0", "::/0");
    }

    @Test
    void theManagementPortIsPublishedOnLoopbackOnly() {
        List<String> management = ComposeFile.asList(file.service("keycloak").get("ports")).stream()
                .map(String::valueOf)
                .filter(port -> "9000".equals(ComposeFile.containerPort(port)))
                .collect(Collectors.toList());
        assertThat(management).isNotEmpty().allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
    }

    @Test
    void theRealmSendsMailToTheConfiguredSmtpHostAndKeycloakGetsTwilioSettings() {
        assertThat(file.environment("keycloak"))
                .containsKeys(
                        "MYPAGE_TWILIO_ACCOUNT_SID",
                        "MYPAGE_TWILIO_AUTH_TOKEN",
                        "MYPAGE_TWILIO_FROM",
                        "MYPAGE_TWILIO_API_BASE_URL");
        // The realm's SMTP settings are placeholders of realm-config, filled in by the apply.
        Map<String, Object> env = file.environment("realm-apply");
        assertThat(env).containsKeys("MYPAGE_SMTP_HOST", "MYPAGE_SMTP_PORT", "MYPAGE_SMTP_FROM");
        assertThat(String.valueOf(env.get("MYPAGE_SMTP_HOST"))).contains("mail");
    }
}
