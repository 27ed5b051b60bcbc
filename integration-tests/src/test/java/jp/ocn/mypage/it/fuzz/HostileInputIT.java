package jp.ocn.mypage.it.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * At least 1,000 hostile inputs to the login form and to the import endpoint: never a 5xx, never a stack
 * trace or an unescaped payload on the page; the import refuses a hostile value whole or stores it as plain data.
 */
@ExtendWith(MyPageServerExtension.class)
class HostileInputIT {

    private static final int COUNT = 1_000;
    private final Fixtures fx;

    HostileInputIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theLoginFormSurvivesAThousandHostileInputs() {
        List<String> inputs = HostileInputs.generate(COUNT, 20261122L);
        LoginClient client = fx.browser();
        Document page = client.openLoginPage();
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            // Alternate the hostile text between the ID and the password field.
            LoginClient.Outcome o = i % 2 == 0
                    ? client.submit(page, input, "Wrong-Password-1")
                    : client.submit(page, "fuzz-" + i + "@example.jp", input);
            assertThat(o.status()).as("input #%d", i).isLessThan(500);
            assertThat(o.signedIn()).as("input #%d", i).isFalse();
            // Payloads may appear only escaped: as text, never as markup.
            assertThat(o.body())
                    .as("input #%d", i)
                    .doesNotContain("<script>alert(1)")
                    .doesNotContain("\"><img")
                    .doesNotContain("Exception")
                    .doesNotContain("freemarker.core");
            assertThat(o.page().select("[onerror], img[src=x]"))
                    .as("input #%d", i)
                    .isEmpty();
            assertThat(o.page().select("script").stream()
                            .map(e -> e.data())
                            .filter(d -> d.contains("alert(1)"))
                            .toList())
                    .as("input #%d", i)
                    .isEmpty();
            page = o.page().selectFirst("form#kc-form-login") != null ? o.page() : client.openLoginPage();
        }
    }

    private static final int SINGLES = 100;

    private static String number(int j) {
        return "N7" + String.format("%08d", j);
    }

    /** A valid record with exactly one hostile field. */
    private static Map<String, Object> hostileRecord(int j, String field, String hostile) {
        Map<String, Object> r = new HashMap<>(Map.of(
                "customerNumber",
                number(j),
                "holderName",
                "試験",
                "holderNameKana",
                "シケン",
                "birthDate",
                "1990-01-01",
                "postalCode",
                "100-0001",
                "contracts",
                List.of(Map.of(
                        "service",
                        field.equals("service") ? hostile : "OCN 光",
                        "status",
                        "active",
                        "statusChangedOn",
                        "2025-01-01")),
                "contactPhones",
                List.of(field.equals("contactPhones") ? hostile : "090-7100-0001")));
        if (!field.equals("service") && !field.equals("contactPhones")) {
            r.put(field, hostile);
        }
        if (field.equals("corporateName")) {
            r.put("corporate", true); // a corporate name is kept only for corporate customers
        }
        return r;
    }

    @Test
    void theImportEndpointStoresAHostileValueOnlyAsGivenAndARefusedOneNotAtAll() {
        List<String> inputs = HostileInputs.generate(COUNT, 42L);
        String[] fields = {
            "customerNumber",
            "holderName",
            "holderNameKana",
            "birthDate",
            "postalCode",
            "corporateName",
            "ocnId",
            "service",
            "contactPhones"
        };
        int accepted = 0;
        int refused = 0;
        // The first 100 alone (one record per batch, so a hostile value that is accepted is seen), the rest ten at a
        // time.
        for (int from = 0; from < inputs.size(); from += from < SINGLES ? 1 : 10) {
            int to = from < SINGLES ? from + 1 : Math.min(from + 10, inputs.size());
            List<Object> records = new ArrayList<>();
            for (int j = from; j < to; j++) {
                records.add(hostileRecord(j, fields[j % fields.length], inputs.get(j)));
            }
            JsonHttp.Reply reply = fx.admin().importCustomers(Map.of("customers", records));
            assertThat(reply.status())
                    .as("inputs #%d-%d: %s", from, to - 1, reply.body())
                    .isIn(200, 400);
            assertThat(reply.contentType()).as("inputs #%d", from).startsWith("application/json");
            if (reply.status() == 400) {
                refused++;
                assertThat(reply.json().get("applied").asBoolean()).isFalse();
                assertThat(fx.admin()
                                .directory("GET", "/customers/" + number(from), null)
                                .status())
                        .as("refused #%d stored", from)
                        .isEqualTo(404);
                continue;
            }
            accepted++;
            for (int j = from; j < to; j++) {
                String field = fields[j % fields.length];
                if (field.equals("customerNumber")) {
                    continue; // a number typed in another form (full width, hyphens) is stored normalised
                }
                JsonHttp.Reply back = fx.admin().directory("GET", "/customers/" + number(j), null);
                assertThat(back.status())
                        .as("accepted #%d in %s readable", j, field)
                        .isEqualTo(200);
                // Stored as data: a template or format in it is never evaluated on the way in or out.
                String hostile = inputs.get(j);
                if (hostile.contains("${7*7}") || hostile.contains("#{7*7}")) {
                    assertThat(back.body()).as("accepted #%d in %s", j, field).contains("7*7");
                    if (!hostile.contains("49")) {
                        assertThat(back.body().replace(number(j), ""))
                                .as("accepted #%d in %s", j, field)
                                .doesNotContain("49");
                    }
                }
            }
        }
        for (String raw : HostileInputs.SEEDS) {
            JsonHttp.Reply reply = fx.admin().importCustomers(raw);
            assertThat(reply.status()).as(raw).isBetween(400, 499);
            assertThat(reply.contentType()).as(raw).startsWith("application/json");
        }
        assertThat(refused).as("hostile values refused").isPositive();
        assertThat(accepted)
                .as("hostile values accepted as plain data (else this test could not see one)")
                .isPositive();
    }
}
