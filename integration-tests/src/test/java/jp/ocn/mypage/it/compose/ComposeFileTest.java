package jp.ocn.mypage.it.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Structural checks of the deployment files at the repository root: {@code docker-compose.yml} and
 * {@code .env.example}: the services, their images, order and settings. A plain unit test: no Docker engine is
 * needed. The two-node shape is checked by {@link ComposeClusterShapeTest}; mounts, variables and
 * {@code docker-compose config} by {@link ComposeMountsAndVariablesTest}.
 */
class ComposeFileTest {

    private static final String KEYCLOAK_IMAGE = ComposeFile.KEYCLOAK_IMAGE_NAME + ":26.7.3";

    private static ComposeFile file;

    @BeforeAll
    static void loadComposeFile() throws IOException {
        file = ComposeFile.load();
    }

    @Test
    void composeFileDefinesTwoKeycloakNodesABalancerPostgresAndMailServices() {
        assertThat(file.services()).containsKeys("keycloak-1", "keycloak-2", "balancer", "postgres", "mail");
        assertThat(file.keycloakNodes()).containsExactly("keycloak-1", "keycloak-2");
    }

    @Test
    void everyKeycloakNodeRunsExactlyThePinnedKeycloakImage() {
        file.keycloakNodes().forEach(node -> assertThat(file.service(node).get("image"))
                .as("image of %s", node)
                .isEqualTo(KEYCLOAK_IMAGE));
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
    void everyKeycloakNodeStartsInProductionModeAndLeavesTheRealmToTheApply() {
        for (String node : file.keycloakNodes()) {
            List<String> command = ComposeFile.commandTokens(file.service(node).get("command"));
            assertThat(command)
                    .as("command of %s", node)
                    .contains("start")
                    .doesNotContain("start-dev", "--import-realm");
        }
    }

    @Test
    void realmApplyRunsOnceAgainstNodeOneAfterItIsHealthyWithRealmConfigReadOnly() {
        Map<String, Object> apply = file.service("realm-apply");
        Map<String, Object> dependsOn = ComposeFile.asMap(apply.get("depends_on"), "depends_on");
        assertThat(dependsOn).containsOnlyKeys("keycloak-1");
        Map<String, Object> keycloak = ComposeFile.asMap(dependsOn.get("keycloak-1"), "depends_on.keycloak-1");
        assertThat(keycloak.get("condition")).isEqualTo("service_healthy");
        assertThat(String.valueOf(apply.get("restart"))).isEqualTo("no");
        assertThat(ComposeFile.commandTokens(apply.get("command")))
                .contains("--server", "http://keycloak-1:8080", "/opt/realm-config");
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
    void nodeOneWaitsForAHealthyPostgresAndTheMailCatcherAndNodeTwoForAHealthyNodeOne() {
        Object dependsOn = file.service("keycloak-1").get("depends_on");
        assertThat(ComposeFile.dependencyNames(dependsOn)).contains("postgres", "mail");
        assertThat(dependsOn)
                .as("keycloak-1 depends_on in long form (with conditions)")
                .isInstanceOf(Map.class);
        Map<String, Object> postgres =
                ComposeFile.asMap(ComposeFile.asMap(dependsOn, "depends_on").get("postgres"), "depends_on.postgres");
        assertThat(postgres.get("condition")).isEqualTo("service_healthy");
        // As ./cluster.sh: the first start creates the schema alone, the second node joins afterwards.
        Map<String, Object> nodeOne = ComposeFile.asMap(
                ComposeFile.asMap(file.service("keycloak-2").get("depends_on"), "depends_on")
                        .get("keycloak-1"),
                "keycloak-2 depends_on.keycloak-1");
        assertThat(nodeOne.get("condition")).isEqualTo("service_healthy");
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
    void everyKeycloakNodeUsesThePostgresServiceAsItsDatabase() {
        for (String node : file.keycloakNodes()) {
            Map<String, Object> env = file.environment(node);
            assertThat(env.get("KC_DB")).as("KC_DB of %s", node).isEqualTo("postgres");
            assertThat(String.valueOf(env.get("KC_DB_URL"))).startsWith("jdbc:postgresql://postgres:5432/");
            assertThat(env).containsKeys("KC_DB_USERNAME", "KC_DB_PASSWORD");
        }
    }

    @Test
    void bootstrapAdminPasswordHasNoSilentDefault() {
        for (String node : file.keycloakNodes()) {
            Object password = file.environment(node).get("KC_BOOTSTRAP_ADMIN_PASSWORD");
            assertThat(String.valueOf(password))
                    .as(
                            "KC_BOOTSTRAP_ADMIN_PASSWORD of %s must be required (${KC_BOOTSTRAP_ADMIN_PASSWORD:?...})",
                            node)
                    .matches("\\$\\{KC_BOOTSTRAP_ADMIN_PASSWORD:\\?[^}]*}");
            assertThat(file.environment(node)).containsKey("KC_BOOTSTRAP_ADMIN_USERNAME");
        }
    }

    @Test
    void everyKeycloakNodeServesPlainHttpBehindTheBalancerWithHealthAndMetricsOnTheManagementPort() {
        for (String node : file.keycloakNodes()) {
            Map<String, Object> env = file.environment(node);
            assertThat(String.valueOf(env.get("KC_HTTP_ENABLED")))
                    .as("%s", node)
                    .isEqualTo("true");
            assertThat(String.valueOf(env.get("KC_HEALTH_ENABLED")))
                    .as("%s", node)
                    .isEqualTo("true");
            assertThat(String.valueOf(env.get("KC_METRICS_ENABLED")))
                    .as("%s", node)
                    .isEqualTo("true");
            assertThat(String.valueOf(env.get("KC_EVENT_METRICS_USER_ENABLED")))
                    .as("%s", node)
                    .isEqualTo("true");
            assertThat(String.valueOf(env.get("KC_HOSTNAME"))).as("%s", node).startsWith("${KC_HOSTNAME");
            assertThat(String.valueOf(env.get("KC_PROXY_HEADERS")))
                    .as("%s", node)
                    .isEqualTo("xforwarded");
        }
    }

    @Test
    void theRealmSendsMailToTheConfiguredSmtpHostAndEveryNodeGetsTwilioSettings() {
        for (String node : file.keycloakNodes()) {
            assertThat(file.environment(node))
                    .as("environment of %s", node)
                    .containsKeys(
                            "MYPAGE_TWILIO_ACCOUNT_SID",
                            "MYPAGE_TWILIO_AUTH_TOKEN",
                            "MYPAGE_TWILIO_FROM",
                            "MYPAGE_TWILIO_API_BASE_URL");
        }
        // The realm's SMTP settings are placeholders of realm-config, filled in by the apply.
        Map<String, Object> env = file.environment("realm-apply");
        assertThat(env).containsKeys("MYPAGE_SMTP_HOST", "MYPAGE_SMTP_PORT", "MYPAGE_SMTP_FROM");
        assertThat(String.valueOf(env.get("MYPAGE_SMTP_HOST"))).contains("mail");
    }
}
