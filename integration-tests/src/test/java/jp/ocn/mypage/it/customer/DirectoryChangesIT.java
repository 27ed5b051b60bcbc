package jp.ocn.mypage.it.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Directory changes (import or merge patch) reach tokens at the next refresh; a withdrawn account's refresh fails. */
@ExtendWith(MyPageServerExtension.class)
class DirectoryChangesIT {

    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
    private final Fixtures fx;

    DirectoryChangesIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aPatchToCancelledChangesTheClaimsAtTheNextRefresh() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        JsonNode tokens = client.signIn(account.username(), CodeSteps.PASSWORD);
        assertThat(claims(tokens).getStringClaim("account_status")).isEqualTo("active");

        JsonHttp.Reply patched = patch(
                account.customerNumber(),
                Map.of(
                        "contracts",
                        List.of(Map.of("service", "OCN 光", "status", "cancelled", "statusChangedOn", TODAY))));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);

        JsonHttp.Reply refreshed = client.refresh(tokens.get("refresh_token").asText());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        JWTClaimsSet claims = claims(refreshed.json());
        assertThat(claims.getStringClaim("account_status")).isEqualTo("cancelled");
        assertThat(claims.getListClaim("contracts").toString())
                .contains("cancelled")
                .contains(TODAY);
    }

    @Test
    void anImportToWithdrawnMakesTheNextRefreshFailAndEndsTheSession() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.browser();
        JsonNode tokens = client.signIn(account.username(), CodeSteps.PASSWORD);

        JsonNode stored = fx.admin().customer(account.customerNumber());
        @SuppressWarnings("unchecked")
        Map<String, Object> record = JsonHttp.MAPPER.convertValue(stored, Map.class);
        record.put("contracts", List.of(Map.of("service", "OCN 光", "status", "withdrawn", "statusChangedOn", TODAY)));
        assertThat(fx.admin()
                        .importCustomers(Map.of("customers", List.of(record)))
                        .status())
                .isEqualTo(200);

        JsonHttp.Reply refreshed = client.refresh(tokens.get("refresh_token").asText());
        assertThat(refreshed.status()).isEqualTo(400);
        assertThat(refreshed.json().get("error").asText()).isEqualTo("invalid_grant");
        LoginClient.Outcome again = client.authorize("");
        assertThat(again.signedIn()).as("the SSO session is gone too").isFalse();
    }

    @Test
    void aPatchChangesOnlyTheFieldsGivenAndKeepsTheLink() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        JsonHttp.Reply patched = patch(
                account.customerNumber(), Map.of("contactPhones", List.of("080-1111-2222"), "postalCode", "150-0001"));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode stored = fx.admin().customer(account.customerNumber());
        assertThat(stored.get("contactPhones").toString()).isEqualTo("[\"+818011112222\"]");
        assertThat(stored.get("postalCode").asText()).isEqualTo("150-0001");
        assertThat(stored.get("holderNameKana").asText()).isEqualTo("ニンショウ シケン");
        assertThat(stored.get("contracts").get(0).get("status").asText()).isEqualTo("active");
        assertThat(stored.get("ocnId").asText()).isEqualTo(account.username());
    }

    @Test
    void aBadPatchIsRefusedInJsonAndChangesNothing() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        JsonHttp.Reply bad = patch(
                account.customerNumber(), Map.of("birthDate", "1990-13-45", "contactPhones", List.of("not a phone")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("applied").asBoolean()).isFalse();
        assertThat(bad.json().get("errors")).isNotEmpty();
        assertThat(patch(account.customerNumber(), Map.of("customerNumber", "N111111111"))
                        .status())
                .isEqualTo(400);
        assertThat(fx.admin()
                        .directory("PATCH", "/customers/" + account.customerNumber(), "[1,2]")
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("invalid_request");
        assertThat(fx.admin()
                        .directory("PATCH", "/customers/" + account.customerNumber(), "{oops")
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("invalid_json");
        JsonHttp.Reply unknown = patch("N999999997", Map.of("postalCode", "100-0001"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");

        JsonNode stored = fx.admin().customer(account.customerNumber());
        assertThat(stored.get("birthDate").asText()).isEqualTo("1990-02-03");
        assertThat(stored.get("contactPhones")).hasSize(2);
    }

    @Test
    void concurrentChangesOfOneCustomerAnswer200Or409InJsonAndNeverHalfStore() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String token = fx.admin().token();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<JsonHttp.Reply>> replies = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 16; i++) {
            String phone = String.format("090-7300-%04d", i);
            replies.add(pool.submit(() -> {
                go.await();
                return fx.admin()
                        .call(
                                "PATCH",
                                fx.server().realmUrl() + "/mypage-directory/customers/" + account.customerNumber(),
                                JsonHttp.json(Map.of("contactPhones", List.of(phone, "03-7300-" + phone.substring(9)))),
                                token);
            }));
        }
        go.countDown();
        int applied = 0;
        for (java.util.concurrent.Future<JsonHttp.Reply> f : replies) {
            JsonHttp.Reply r = f.get();
            assertThat(r.status()).as(r.body()).isIn(200, 409);
            assertThat(r.contentType()).startsWith("application/json");
            if (r.status() == 409) {
                assertThat(r.json().get("error").asText()).isEqualTo("conflict");
            } else {
                applied++;
            }
        }
        pool.shutdown();
        assertThat(applied).isPositive();
        // Whatever won, the phones stored belong to one change: a mobile and its own landline.
        JsonNode phones = fx.admin().customer(account.customerNumber()).get("contactPhones");
        assertThat(phones).hasSize(2);
        String first = phones.get(0).asText();
        String second = phones.get(1).asText();
        assertThat(first.substring(first.length() - 4)).isEqualTo(second.substring(second.length() - 4));
    }

    private JsonHttp.Reply patch(String customerNumber, Map<String, Object> patch) {
        return fx.admin().directory("PATCH", "/customers/" + customerNumber, JsonHttp.json(patch));
    }

    private static JWTClaimsSet claims(JsonNode tokens) {
        return LoginClient.claims(tokens.get("access_token").asText());
    }
}
