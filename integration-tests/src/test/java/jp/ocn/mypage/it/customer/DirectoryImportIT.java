package jp.ocn.mypage.it.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The operator endpoint that imports directory records: validated, idempotent, all or nothing. */
@ExtendWith(MyPageServerExtension.class)
class DirectoryImportIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));
    private final Fixtures fx;

    DirectoryImportIT(Fixtures fx) {
        this.fx = fx;
    }

    /** A fresh, valid customer number in the 8xxxxxxxx range, which no demo record uses. */
    static String newCustomerNumber() {
        return String.format("N8%08d", NEXT.incrementAndGet() % 100_000_000);
    }

    static Map<String, Object> record(String number, String status) {
        Map<String, Object> r = new HashMap<>();
        r.put("customerNumber", number);
        r.put("holderName", "試験 花子");
        r.put("holderNameKana", "シケン ハナコ");
        r.put("birthDate", "1988-08-08");
        r.put("postalCode", "1600022");
        r.put("contracts", List.of(Map.of("service", "OCN 光", "status", status, "statusChangedOn", "2025-04-01")));
        r.put("contactPhones", List.of("090-8888-0001", "03-8888-0002"));
        return r;
    }

    static Map<String, Object> batch(Object... records) {
        return Map.of("customers", List.of(records));
    }

    @Test
    void aGoodBatchIsStoredAndReadBackInTheImportFormat() {
        String a = newCustomerNumber();
        String b = newCustomerNumber();
        Map<String, Object> second = record(b, "applied");
        second.put("connectionIds", List.of("ZZ" + b.substring(1) + "@abc.ocn.ne.jp"));
        JsonHttp.Reply reply = fx.admin().importCustomers(batch(record(a, "active"), second));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("applied").asBoolean()).isTrue();
        assertThat(reply.json().get("created").asInt()).isEqualTo(2);

        JsonNode stored = fx.admin().customer(b);
        assertThat(stored.get("holderNameKana").asText()).isEqualTo("シケン ハナコ");
        assertThat(stored.get("postalCode").asText()).isEqualTo("160-0022");
        assertThat(stored.get("contactPhones").get(0).asText()).isEqualTo("+819088880001");
        assertThat(stored.get("contracts").get(0).get("status").asText()).isEqualTo("applied");
        assertThat(stored.get("connectionIds").get(0).asText()).isEqualTo("zz" + b.substring(1) + "@abc.ocn.ne.jp");
    }

    @Test
    void importingTheSameBatchTwiceChangesNothing() {
        Map<String, Object> batch = batch(record(newCustomerNumber(), "active"));
        assertThat(fx.admin().importCustomers(batch).json().get("created").asInt())
                .isEqualTo(1);
        JsonNode again = fx.admin().importCustomers(batch).json();
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isEqualTo(1);
    }

    @Test
    void oneBadRecordRejectsTheWholeBatchWithAPerRecordReport() {
        String good = newCustomerNumber();
        String bad = newCustomerNumber();
        Map<String, Object> broken = record(bad, "active");
        broken.put("birthDate", "1988-13-45");
        broken.put("contactPhones", List.of("050-1234-5678"));
        JsonHttp.Reply reply = fx.admin().importCustomers(batch(record(good, "active"), broken));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode report = reply.json();
        assertThat(report.get("applied").asBoolean()).isFalse();
        List<String> fields = new ArrayList<>();
        report.get("errors").forEach(e -> {
            assertThat(e.get("index").asInt()).isEqualTo(1);
            assertThat(e.get("customerNumber").asText()).isEqualTo(bad);
            fields.add(e.get("field").asText());
        });
        assertThat(fields).containsExactlyInAnyOrder("birthDate", "contactPhones[0]");
        assertThat(fx.admin().directory("GET", "/customers/" + good, null).status())
                .as("nothing of the batch stored")
                .isEqualTo(404);
    }

    @Test
    void anUpdateReplacesContractsAndTheClaimsFollowAtTheNextSignIn() throws Exception {
        String number = newCustomerNumber();
        String user = "import-" + number.toLowerCase() + "@ocn.ne.jp";
        fx.admin().createUser(user, "Import-Test-2026!");
        Map<String, Object> r = record(number, "active");
        r.put("ocnId", user.toUpperCase());
        assertThat(fx.admin().importCustomers(batch(r)).status()).isEqualTo(200);
        JWTClaimsSet first = LoginClient.claims(
                fx.browser().signIn(user, "Import-Test-2026!").get("id_token").asText());
        assertThat(first.getStringListClaim("customer_numbers")).containsExactly(number);
        assertThat(first.getStringClaim("account_status")).isEqualTo("active");

        r.put(
                "contracts",
                List.of(Map.of("service", "OCN 光", "status", "cancelling", "statusChangedOn", "2026-11-01")));
        assertThat(fx.admin().importCustomers(batch(r)).status()).isEqualTo(200);
        JWTClaimsSet second = LoginClient.claims(
                fx.browser().signIn(number, "Import-Test-2026!").get("id_token").asText());
        assertThat(second.getStringClaim("account_status")).isEqualTo("cancelling");
        assertThat(second.getStringClaim("ocn_id")).isEqualTo(user);
    }

    @Test
    void aLinkToAnUnknownOcnIdIsReportedAndNothingIsStored() {
        String number = newCustomerNumber();
        Map<String, Object> r = record(number, "active");
        r.put("ocnId", "nobody-here@ocn.ne.jp");
        JsonHttp.Reply reply = fx.admin().importCustomers(batch(r));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("ocnId");
        assertThat(fx.admin().directory("GET", "/customers/" + number, null).status())
                .isEqualTo(404);
    }

    @Test
    void aConnectionIdOfAnotherCustomerIsRefused() {
        Map<String, Object> r = record(newCustomerNumber(), "active");
        r.put("connectionIds", List.of("ab123456@xyz.ocn.ne.jp"));
        JsonHttp.Reply reply = fx.admin().importCustomers(batch(r));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asText()).contains("another customer");
    }

    @Test
    void malformedBodiesGetJsonErrors() {
        for (String body : List.of("{", "[]", "\"x\"", "{\"customers\": 5}", "", "{\"customers\": [1, null, \"x\"]}")) {
            JsonHttp.Reply reply = fx.admin().importCustomers(body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.json().has("error") || reply.json().has("errors"))
                    .as(body)
                    .isTrue();
        }
    }

    @Test
    void aCallerWithoutTokenOrRightsIsTurnedAway() {
        String url = fx.server().realmUrl() + "/mypage-directory/customers";
        JsonHttp.Reply anonymous =
                fx.admin().call("POST", url, JsonHttp.json(batch(record(newCustomerNumber(), "active"))), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("not_authenticated");

        JsonHttp.Reply forged = fx.admin().call("POST", url, "{}", "not.a.token");
        assertThat(forged.status()).isEqualTo(401);

        String customerToken = fx.browser()
                .signIn("taro.yamada@ocn.ne.jp", LoginClient.DEMO_PASSWORD)
                .get("access_token")
                .asText();
        JsonHttp.Reply customer = fx.admin()
                .call("POST", url, JsonHttp.json(batch(record(newCustomerNumber(), "active"))), customerToken);
        assertThat(customer.status()).isEqualTo(403);
        assertThat(fx.admin()
                        .call("GET", url + "/N123456789", null, customerToken)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRealmUserWithManageUsersMayImportAndOneWithViewUsersOnlyIsRefused() {
        String url = fx.server().realmUrl() + "/mypage-directory/customers";
        String manager = operator("manage-users");
        String viewer = operator("view-users");
        JsonHttp.Reply managed =
                fx.admin().call("POST", url, JsonHttp.json(batch(record(newCustomerNumber(), "active"))), manager);
        assertThat(managed.status()).as(managed.body()).isEqualTo(200);
        JsonHttp.Reply viewed =
                fx.admin().call("POST", url, JsonHttp.json(batch(record(newCustomerNumber(), "active"))), viewer);
        assertThat(viewed.status()).as(viewed.body()).isEqualTo(403);
        assertThat(viewed.contentType()).startsWith("application/json");
    }

    /** A realm user holding one realm-management role; returns an access token of theirs. */
    private String operator(String role) {
        String username = "operator-" + role + "-" + System.nanoTime() + "@example.jp";
        String userId = fx.admin().createUser(username, "Operator-Pass-2026#");
        String clientId = fx.admin()
                .get("/clients?clientId=realm-management")
                .get(0)
                .get("id")
                .asText();
        JsonNode roleRep = fx.admin().get("/clients/" + clientId + "/roles/" + role);
        JsonHttp.Reply granted = fx.admin()
                .call(
                        "POST",
                        fx.server().baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/users/" + userId
                                + "/role-mappings/clients/" + clientId,
                        "[" + roleRep.toString() + "]",
                        fx.admin().token());
        assertThat(granted.status()).as(granted.body()).isEqualTo(204);
        LoginClient client = fx.browser();
        LoginClient.Outcome signedIn = client.laterForLinkOffer(client.login(username, "Operator-Pass-2026#"));
        assertThat(signedIn.signedIn()).as(signedIn.body()).isTrue();
        return client.tokens(signedIn.code()).get("access_token").asText();
    }

    @Test
    void anUnknownCustomerNumberIsNotFound() {
        JsonHttp.Reply reply = fx.admin().directory("GET", "/customers/N000000001", null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(fx.admin().directory("GET", "/customers/%3Cscript%3E", null).status())
                .isEqualTo(404);
    }
}
