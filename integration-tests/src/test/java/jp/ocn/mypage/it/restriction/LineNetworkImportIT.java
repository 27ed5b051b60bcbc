package jp.ocn.mypage.it.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The directory's optional {@code lineNetworks}: stored canonical, and a bad network refused with its field named. */
@ExtendWith(MyPageServerExtension.class)
class LineNetworkImportIT {

    private final Fixtures fx;

    LineNetworkImportIT(Fixtures fx) {
        this.fx = fx;
    }

    private static String newCustomerNumber() {
        return String.format("N7%08d", System.nanoTime() % 100_000_000);
    }

    private static Map<String, Object> record(String number, List<Object> networks) {
        Map<String, Object> r = new HashMap<>();
        r.put("customerNumber", number);
        r.put("holderName", "回線 試験");
        r.put("holderNameKana", "カイセン シケン");
        r.put("birthDate", "1988-08-08");
        r.put("postalCode", "1600022");
        r.put("contracts", List.of(Map.of("service", "OCN 光", "status", "active", "statusChangedOn", "2025-04-01")));
        r.put("lineNetworks", networks);
        return r;
    }

    @Test
    void lineNetworksAreStoredAndShownInTheirCanonicalSpelling() {
        String number = newCustomerNumber();

        JsonHttp.Reply reply = fx.admin()
                .importCustomers(
                        Map.of("customers", List.of(record(number, List.of("203.0.113.0/24", "2001:DB8:77::/48")))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(fx.admin().customer(number).get("lineNetworks"))
                .extracting(JsonNode::asText)
                .containsExactly("203.0.113.0/24", "2001:db8:77::/48");
    }

    @Test
    void aBadNetworkRejectsTheBatchNamingTheRecordAndTheField() {
        String number = newCustomerNumber();

        JsonHttp.Reply reply = fx.admin()
                .importCustomers(
                        Map.of("customers", List.of(record(number, List.of("203.0.113.0/24", "203.0.113.999/24")))));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode error = reply.json().get("errors").get(0);
        assertThat(error.get("customerNumber").asText()).isEqualTo(number);
        assertThat(error.get("field").asText()).isEqualTo("lineNetworks[1]");
        assertThat(error.get("message").asText()).contains("CIDR");
        assertThat(fx.admin().directory("GET", "/customers/" + number, null).status())
                .isEqualTo(404);
    }
}
