package jp.ocn.mypage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;

/**
 * What the benchmark adds to the realm of its own server (database {@code db_bench…}, never a shared one): two
 * identical confidential clients, one on the realm's browser flow (mypage browser) and one whose browser-flow
 * binding override is Keycloak's stock {@code browser} flow; code rules whose quotas and cooldowns a load test
 * cannot reach; and one account per virtual user (linked to a customer with a mobile, as the ITs' code accounts).
 */
final class BenchRealm {

    static final String MYPAGE_CLIENT = "bench-mypage";
    static final String STOCK_CLIENT = "bench-stock-browser";
    static final String SECRET = "bench-secret-0123456789";

    /**
     * The code authenticator's rules with no cooldown and every quota at the highest value it accepts
     * (PhoneCodeConfig; a larger one would fall back to the default), the rest as shipped. The accounts each user
     * takes in turn keep every number below them ({@code --accounts-per-user}).
     */
    static final Map<String, String> HIGHEST_QUOTAS = Map.of(
            "resendCooldownSeconds", "0",
            "perNumberPer10Minutes", "100",
            "perNumberPerDay", "1000",
            "perAccountPerDay", "1000",
            "perIpPerHour", "10000");

    private BenchRealm() {}

    /** Prepares the realm (with the stock-flow client when asked) and returns {@code count} accounts. */
    static List<CodeSteps.Account> prepare(KeycloakServer server, int count, boolean stockClient) {
        AdminApi admin = new AdminApi(server);
        CodeSteps.configure(admin, HIGHEST_QUOTAS);
        admin.createClient(MYPAGE_CLIENT, SECRET, Map.of());
        if (stockClient) {
            admin.createClient(STOCK_CLIENT, SECRET, Map.of());
            overrideBrowserFlow(admin, server, STOCK_CLIENT, flowId(admin, "browser"));
        }
        List<CodeSteps.Account> accounts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            accounts.add(CodeSteps.newAccount(admin));
        }
        System.out.printf(
                "[bench] realm ready at %s: clients %s, %s; %d accounts%n",
                server.realmUrl(), MYPAGE_CLIENT, STOCK_CLIENT, count);
        return accounts;
    }

    private static String flowId(AdminApi admin, String alias) {
        for (JsonNode flow : admin.get("/authentication/flows")) {
            if (alias.equals(flow.path("alias").asText())) {
                return flow.get("id").asText();
            }
        }
        throw new IllegalStateException("realm has no flow " + alias);
    }

    private static void overrideBrowserFlow(AdminApi admin, KeycloakServer server, String clientId, String flowId) {
        JsonNode client =
                admin.get("/clients?clientId=" + JsonHttp.enc(clientId)).get(0);
        ObjectNode changed = client.deepCopy();
        changed.putObject("authenticationFlowBindingOverrides").put("browser", flowId);
        JsonHttp.Reply r = admin.call(
                "PUT",
                server.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients/"
                        + client.get("id").asText(),
                JsonHttp.json(changed),
                admin.token());
        if (r.status() != 204) {
            throw new IllegalStateException(
                    "browser flow override of " + clientId + ": " + r.status() + " " + r.body());
        }
    }
}
