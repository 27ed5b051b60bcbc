package jp.ocn.mypage.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At least 1,000 hostile inputs to the login form and to the import endpoint: never a 5xx, never a stack
 * trace or an unescaped payload on the page, and nothing stored.
 */
@ExtendWith(MyPageServerExtension.class)
class HostileInputIT {

    private static final int COUNT = 1_000;
    private final KeycloakServer server;
    private final AdminApi admin;

    HostileInputIT(KeycloakServer server, AdminApi admin) {
        this.server = server;
        this.admin = admin;
    }

    @Test
    void theLoginFormSurvivesAThousandHostileInputs() {
        List<String> inputs = HostileInputs.generate(COUNT, 20261122L);
        LoginClient client = new LoginClient(server);
        Document page = client.openLoginPage();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            // Alternate the hostile text between the ID and the password field.
            LoginClient.Outcome o = i % 2 == 0 ? client.submit(page, input, "Wrong-Password-1")
                    : client.submit(page, "fuzz-" + i + "@example.jp", input);
            assertThat(o.status()).as("input #%d", i).isLessThan(500);
            assertThat(o.signedIn()).as("input #%d", i).isFalse();
            // Payloads may appear only escaped: as text, never as markup.
            assertThat(o.body()).as("input #%d", i).doesNotContain("<script>alert(1)").doesNotContain("\"><img")
                    .doesNotContain("Exception").doesNotContain("freemarker.core");
            assertThat(o.page().select("[onerror], img[src=x]")).as("input #%d", i).isEmpty();
            assertThat(o.page().select("script").stream().map(e -> e.data()).filter(d -> d.contains("alert(1)")).toList())
                    .as("input #%d", i).isEmpty();
            page = o.page().selectFirst("form#kc-form-login") != null ? o.page() : client.openLoginPage();
        }
    }

    @Test
    void theImportEndpointSurvivesAThousandHostileInputsAndStoresNothing() throws Exception {
        List<String> before = customerCount();
        List<String> inputs = HostileInputs.generate(COUNT, 42L);
        String[] fields = {"customerNumber", "holderName", "holderNameKana", "birthDate", "postalCode", "corporateName", "ocnId"};
        for (int i = 0; i < inputs.size(); i += 10) {
            List<Object> records = new ArrayList<>();
            for (int j = i; j < Math.min(i + 10, inputs.size()); j++) {
                Map<String, Object> r = new HashMap<>(Map.of(
                        "customerNumber", "N7" + String.format("%08d", j), "holderName", "試験", "holderNameKana", "シケン",
                        "birthDate", "1990-01-01", "postalCode", "100-0001",
                        "contracts", List.of(Map.of("service", inputs.get(j), "status", "active", "statusChangedOn", "2025-01-01")),
                        "contactPhones", List.of(inputs.get(j))));
                r.put(fields[j % fields.length], inputs.get(j));
                records.add(r);
            }
            // The hostile phone number alone may parse; this record never does, so the batch must be refused whole.
            records.add(Map.of("customerNumber", "not a number"));
            JsonHttp.Reply reply = admin.importCustomers(Map.of("customers", records));
            assertThat(reply.status()).as("batch at %d: %s", i, reply.body()).isEqualTo(400);
            assertThat(reply.json().get("applied").asBoolean()).isFalse();
        }
        for (String raw : HostileInputs.SEEDS) {
            JsonHttp.Reply reply = admin.importCustomers(raw);
            assertThat(reply.status()).as(raw).isBetween(400, 499);
            assertThat(reply.contentType()).as(raw).startsWith("application/json");
        }
        assertThat(customerCount()).isEqualTo(before);
        for (int j = 0; j < COUNT; j += 97) {
            assertThat(admin.directory("GET", "/customers/N7" + String.format("%08d", j), null).status()).isEqualTo(404);
        }
    }

    private List<String> customerCount() throws Exception {
        return server.database().isPostgres() ? server.database().query("select count(*) from mypage_customer") : List.of();
    }
}
