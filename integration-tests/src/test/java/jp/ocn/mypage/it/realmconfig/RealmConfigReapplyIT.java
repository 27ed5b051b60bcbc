package jp.ocn.mypage.it.realmconfig;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.realmapply.Changes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * realm-config reaches a server that holds data: a changed flow setting and realm attribute are applied in place
 * (same flow and setting ids, so client overrides and running sign-ins keep working), while users, customer links
 * and sessions stay; a second apply of the same files changes nothing.
 */
@ExtendWith(MyPageServerExtension.class)
class RealmConfigReapplyIT {

    private static final String PASSWORD = "Reapply-Test-2026!";
    private static final String LEVEL_2_SETTING = "mypage browser loa2";
    private static final String ATTRIBUTE = "mypage.link.failuresPerAccountPerHour";

    private final Fixtures fx;

    RealmConfigReapplyIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void applyingTheRealmConfigInGitTwiceChangesNothingTheSecondTime() {
        // The first apply puts back what other tests of the run changed through the admin API (code rules for one
        // test, say); the second must find nothing to do.
        fx.server().applyRealmConfig(List.of(realmConfig()));
        Changes again = fx.server().applyRealmConfig(List.of(realmConfig()));
        assertThat(again.lines()).isEmpty();
    }

    @Test
    void aChangedFlowSettingAndRealmAttributeReachTheServerWithUsersLinksAndSessionsIntact(@TempDir Path copy)
            throws Exception {
        // Data: an account linked to a customer, signed in, with a refresh token.
        String number = String.format(
                "N94%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
        String user = "reapply-" + number.toLowerCase() + "@example.jp";
        String userId = fx.admin().createUser(user, PASSWORD);
        Map<String, Object> customer = Map.of(
                "customerNumber",
                number,
                "holderName",
                "試験 花子",
                "holderNameKana",
                "シケン ハナコ",
                "birthDate",
                "1988-08-08",
                "postalCode",
                "1600022",
                "contactPhones",
                List.of("090-8888-0001"),
                "ocnId",
                user,
                "contracts",
                List.of(Map.of("service", "OCN 光", "status", "active", "statusChangedOn", "2025-04-01")));
        JsonHttp.Reply imported = fx.admin().importCustomers(Map.of("customers", List.of(customer)));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        LoginClient client = fx.browser();
        JsonNode tokens = client.signIn(number, PASSWORD);
        int users = fx.admin().get("/users/count").asInt();
        String browserFlowId = flowId("mypage browser");
        String freshCodeFlowId = flowId("mypage browser fresh code");
        String settingId = settingId("mypage browser level 2", LEVEL_2_SETTING);
        assertThat(setting(settingId).get("loa-max-age").asText()).isEqualTo("300");
        String attributeBefore =
                fx.admin().get("").get("attributes").get(ATTRIBUTE).asText();

        copyRealmConfig(copy);
        edit(copy.resolve("flows-browser.json"), json -> {
            for (JsonNode config : json.get("authenticatorConfig")) {
                if (config.get("alias").asText().equals(LEVEL_2_SETTING)) {
                    ((ObjectNode) config.get("config")).put("loa-max-age", "120");
                }
            }
        });
        edit(copy.resolve("settings.json"), json -> ((ObjectNode) json.get("attributes")).put(ATTRIBUTE, "7"));
        try {
            Changes first = fx.server().applyRealmConfig(List.of(copy));

            // Data intact: the user, its link, its session.
            assertThat(fx.admin().get("/users/count").asInt()).isEqualTo(users);
            assertThat(fx.admin().get("/users/" + userId).get("username").asText())
                    .isEqualTo(user);
            assertThat(fx.admin().customer(number).get("ocnId").asText()).isEqualTo(user);
            JsonHttp.Reply refreshed =
                    client.refresh(tokens.get("refresh_token").asText());
            assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
            assertThat(LoginClient.claims(refreshed.json().get("id_token").asText())
                            .getStringListClaim("customer_numbers"))
                    .containsExactly(number);

            assertThat(first.lines())
                    .hasSize(2)
                    .anySatisfy(
                            line -> assertThat(line).contains(LEVEL_2_SETTING).contains("120"))
                    .anySatisfy(line -> assertThat(line).contains(ATTRIBUTE).contains("7"));
            assertThat(setting(settingId).get("loa-max-age").asText()).isEqualTo("120");
            assertThat(fx.admin().get("").get("attributes").get(ATTRIBUTE).asText())
                    .isEqualTo("7");
            // Updated in place: the same flows and setting, the variant's own level 2 untouched.
            assertThat(flowId("mypage browser")).isEqualTo(browserFlowId);
            assertThat(flowId("mypage browser fresh code")).isEqualTo(freshCodeFlowId);
            assertThat(settingId("mypage browser level 2", LEVEL_2_SETTING)).isEqualTo(settingId);
            assertThat(setting(settingId("mypage browser fresh code level 2", "mypage browser fresh code loa2"))
                            .get("loa-max-age")
                            .asText())
                    .isEqualTo("0");

            Changes second = fx.server().applyRealmConfig(List.of(copy));
            assertThat(second.none()).as("second apply: %s", second.lines()).isTrue();
        } finally {
            // Back to realm-config as in git, for the other tests of the run (checked below).
            fx.server().applyRealmConfig(List.of(realmConfig()));
        }
        assertThat(setting(settingId).get("loa-max-age").asText()).isEqualTo("300");
        assertThat(fx.admin().get("").get("attributes").get(ATTRIBUTE).asText()).isEqualTo(attributeBefore);
    }

    @Test
    void executionsAddedRemovedMovedOrGivenAnotherSettingChangeInPlaceInABoundFlowAndSharedSettingsSurvive(
            @TempDir Path copy) throws Exception {
        String resetFlowId = flowId("mypage reset credentials");
        List<String> byMailBefore = kinds("mypage reset by mail");
        assertThat(byMailBefore).contains("mypage reset two-step");
        copyRealmConfig(copy);
        edit(copy.resolve("flows-reset.json"), json -> {
            ArrayNode flows = (ArrayNode) json.get("authenticationFlows");
            executions(flows, "mypage reset credentials")
                    .insert(
                            0,
                            JsonHttp.MAPPER
                                    .createObjectNode()
                                    .put("flowAlias", "mypage reset extra")
                                    .put("requirement", "DISABLED")
                                    .put("priority", 1));
            ObjectNode extra =
                    flows.addObject().put("alias", "mypage reset extra").put("description", "added by a test");
            extra.putArray("authenticationExecutions")
                    .addObject()
                    .put("authenticator", "mypage-recovery-route-is")
                    .put("requirement", "REQUIRED")
                    .put("priority", 10)
                    .put("authenticatorConfig", "mypage recovery route extra");
            ((ArrayNode) json.get("authenticatorConfig"))
                    .addObject()
                    .put("alias", "mypage recovery route extra")
                    .putObject("config")
                    .put("route", "extra");
            ArrayNode byMail = executions(flows, "mypage reset by mail");
            for (int i = 0; i < byMail.size(); i++) {
                // Its sub-flow's code step shares the setting "mypage phone code", which Keycloak deletes with it.
                if ("mypage reset two-step"
                        .equals(byMail.get(i).path("flowAlias").asText())) {
                    byMail.remove(i);
                }
            }
            byMail.addObject()
                    .put("authenticator", "mypage-self-unlock")
                    .put("requirement", "DISABLED")
                    .put("priority", 45);
            ArrayNode forgotten = executions(flows, "mypage forgotten id");
            ((ObjectNode) forgotten.get(1)).put("priority", 30);
            ((ObjectNode) forgotten.get(0)).put("authenticatorConfig", "mypage recovery route extra");
        });
        try {
            Changes first = fx.server().applyRealmConfig(List.of(copy));
            assertThat(first.lines())
                    .anySatisfy(line -> assertThat(line).contains("added sub-flow mypage reset extra"))
                    .anySatisfy(line -> assertThat(line).contains("mypage reset by mail: added mypage-self-unlock"))
                    .anySatisfy(line ->
                            assertThat(line).contains("mypage reset by mail: removed sub-flow mypage reset two-step"));
            assertThat(flowId("mypage reset credentials"))
                    .as("the bound reset flow is the same flow")
                    .isEqualTo(resetFlowId);
            assertThat(fx.admin().get("").get("resetCredentialsFlow").asText()).isEqualTo("mypage reset credentials");
            List<String> byMail = new java.util.ArrayList<>(byMailBefore);
            byMail.remove("mypage reset two-step");
            byMail.add(byMail.indexOf("reset-password"), "mypage-self-unlock");
            assertThat(kinds("mypage reset by mail")).containsExactlyElementsOf(byMail);
            assertThat(setting(settingId("mypage browser level 2", "mypage phone code"))
                            .get("codeLifetimeSeconds")
                            .asText())
                    .as("the shared code setting survives the removal of one of its users")
                    .isEqualTo("300");
            assertThat(kinds("mypage reset credentials").get(0)).isEqualTo("mypage reset extra");
            assertThat(settingId("mypage forgotten id", "mypage recovery route extra"))
                    .isEqualTo(settingId("mypage reset extra", "mypage recovery route extra"));
            assertThat(fx.server().applyRealmConfig(List.of(copy)).lines())
                    .as("second apply")
                    .isEmpty();
        } finally {
            fx.server().applyRealmConfig(List.of(realmConfig()));
        }
        assertThat(kinds("mypage reset by mail")).isEqualTo(byMailBefore);
        assertThat(kinds("mypage reset credentials")).doesNotContain("mypage reset extra");
        assertThat(fx.server().applyRealmConfig(List.of(realmConfig())).lines())
                .as("back as in git")
                .isEmpty();
    }

    @Test
    void aServerWhoseDefaultRoleStillGrantsManageAccountLosesItForExistingUsersAndASecondApplyChangesNothing() {
        String userId = fx.admin().createUser("default-role-" + System.nanoTime() + "@example.jp", PASSWORD);
        String composites =
                "/roles-by-id/" + fx.admin().get("").at("/defaultRole/id").asText() + "/composites";
        String account =
                fx.admin().get("/clients?clientId=account").get(0).get("id").asText();
        JsonNode manageAccount = fx.admin().get("/clients/" + account + "/roles/manage-account");
        String effective = "/users/" + userId + "/role-mappings/clients/" + account + "/composite";
        try {
            JsonHttp.Reply added = fx.admin()
                    .call(
                            "POST",
                            fx.server().baseUrl() + "/admin/realms/mypage" + composites,
                            JsonHttp.json(List.of(manageAccount)),
                            fx.admin().token());
            assertThat(added.status()).as(added.body()).isEqualTo(204);
            assertThat(fx.admin().get(effective).findValuesAsText("name")).contains("manage-account");

            assertThat(fx.server().applyRealmConfig(List.of(realmConfig())).lines())
                    .containsExactly("default role default-roles-mypage: account/manage-account removed");

            assertThat(fx.admin().get(effective).findValuesAsText("name"))
                    .as("an existing user holds what the default role holds")
                    .contains("view-profile", "manage-account-links")
                    .doesNotContain("manage-account");
            assertThat(fx.server().applyRealmConfig(List.of(realmConfig())).lines())
                    .as("second apply")
                    .isEmpty();
        } finally {
            fx.server().applyRealmConfig(List.of(realmConfig()));
        }
    }

    private static ArrayNode executions(ArrayNode flows, String alias) {
        for (JsonNode flow : flows) {
            if (flow.get("alias").asText().equals(alias)) {
                return (ArrayNode) flow.get("authenticationExecutions");
            }
        }
        throw new AssertionError("no flow " + alias + " in the copy");
    }

    /** What the direct executions of a flow run (authenticator, or sub-flow alias), in order. */
    private List<String> kinds(String flowAlias) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode execution : fx.admin()
                .get("/authentication/flows/" + JsonHttp.enc(flowAlias).replace("+", "%20") + "/executions")) {
            if (execution.get("level").asInt() == 0) {
                out.add(
                        execution.path("authenticationFlow").asBoolean()
                                ? execution.get("displayName").asText()
                                : execution.get("providerId").asText());
            }
        }
        return out;
    }

    private Path realmConfig() {
        return fx.server().repositoryRoot().resolve("realm-config/mypage");
    }

    /** The realm-config files (not the demo data below them) into {@code target}. */
    private void copyRealmConfig(Path target) throws IOException {
        try (Stream<Path> files = Files.list(realmConfig())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    private static void edit(Path file, java.util.function.Consumer<ObjectNode> change) throws IOException {
        ObjectNode json = (ObjectNode) JsonHttp.MAPPER.readTree(file.toFile());
        change.accept(json);
        JsonHttp.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), json);
    }

    private String flowId(String alias) {
        for (JsonNode flow : fx.admin().get("/authentication/flows")) {
            if (flow.get("alias").asText().equals(alias)) {
                return flow.get("id").asText();
            }
        }
        throw new AssertionError("no top-level flow " + alias);
    }

    /** The id of the setting {@code alias} on an execution of flow {@code flowAlias}. */
    private String settingId(String flowAlias, String alias) {
        for (JsonNode execution : fx.admin()
                .get("/authentication/flows/" + JsonHttp.enc(flowAlias).replace("+", "%20") + "/executions")) {
            if (alias.equals(execution.path("alias").asText())) {
                return execution.get("authenticationConfig").asText();
            }
        }
        throw new AssertionError("no setting " + alias + " in flow " + flowAlias);
    }

    private JsonNode setting(String id) {
        return fx.admin().get("/authentication/config/" + id).get("config");
    }
}
