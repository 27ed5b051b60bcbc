package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An operator (or a stolen operator token) reading or changing a customer's personal data through the directory
 * API leaves an admin event naming who did it and which customer, and nothing of the personal data itself.
 */
@ExtendWith(MyPageServerExtension.class)
class NoCustomerReadGoesUnrecordedIT {

    private final Fixtures fx;

    NoCustomerReadGoesUnrecordedIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aReadAndAPatchOfACustomerAreFoundAmongTheAdminEventsWithTheOperator() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String number = account.customerNumber();
        String operatorId = masterAdminId();

        JsonHttp.Reply read = fx.admin().directory("GET", "/customers/" + number, null);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        JsonHttp.Reply patched =
                fx.admin().directory("PATCH", "/customers/" + number, JsonHttp.json(Map.of("postalCode", "150-0001")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        List<JsonNode> events = adminEventsOf(number);
        JsonNode readEvent = only(events, "ACTION", "read");
        JsonNode patchEvent = only(events, "UPDATE", "patch");
        for (JsonNode event : List.of(readEvent, patchEvent)) {
            assertThat(event.get("resourceType").asText()).isEqualTo("MYPAGE_CUSTOMER");
            assertThat(event.get("authDetails").get("userId").asText())
                    .as("who")
                    .isEqualTo(operatorId);
            assertThat(event.get("authDetails").get("clientId").asText()).isNotBlank();
            assertThat(event.get("authDetails").get("ipAddress").asText()).isNotBlank();
            assertThat(event.has("representation")
                            && !event.get("representation").isNull())
                    .as("no personal data in the event: " + event)
                    .isFalse();
            assertThat(event.toString()).doesNotContain("150-0001").doesNotContain(account.mobileE164());
        }
    }

    private String masterAdminId() {
        String base = fx.server().baseUrl() + "/admin/realms/master/users?exact=true&username=admin";
        JsonHttp.Reply users = fx.admin().call("GET", base, null, fx.admin().token());
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        return users.json().get(0).get("id").asText();
    }

    private List<JsonNode> adminEventsOf(String number) {
        JsonNode all = fx.admin().get("/admin-events?max=1000&resourcePath=" + JsonHttp.enc("customers/" + number));
        List<JsonNode> events = new ArrayList<>();
        all.forEach(e -> {
            if (("customers/" + number).equals(e.path("resourcePath").asText())) {
                events.add(e);
            }
        });
        return events;
    }

    private static JsonNode only(List<JsonNode> events, String operation, String how) {
        List<JsonNode> matching = events.stream()
                .filter(e -> operation.equals(e.path("operationType").asText())
                        && how.equals(e.path("details").path("mypage_directory").asText()))
                .toList();
        assertThat(matching).as(operation + " " + how + " among " + events).hasSize(1);
        return matching.get(0);
    }
}
