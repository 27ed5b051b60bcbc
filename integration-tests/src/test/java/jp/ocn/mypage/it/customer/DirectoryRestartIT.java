package jp.ocn.mypage.it.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the directory stores survives a restart of the server, and sits in our own tables. */
@ExtendWith(MyPageServerExtension.class)
class DirectoryRestartIT {

    private final Fixtures fx;

    DirectoryRestartIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void directoryDataAndLinksSurviveARestart() throws Exception {
        String number = DirectoryImportIT.newCustomerNumber();
        String user = "restart-" + number.toLowerCase() + "@example.jp";
        fx.admin().createUser(user, "Restart-Test-2026!");
        Map<String, Object> r = DirectoryImportIT.record(number, "active");
        r.put("ocnId", user);
        r.put("connectionIds", List.of("rs" + number.substring(1) + "@abc.ocn.ne.jp"));
        assertThat(fx.admin().importCustomers(DirectoryImportIT.batch(r)).status())
                .isEqualTo(200);

        // A link the customer made (proof and code), not an import.
        CodeSteps.Account linker = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        assertThat(client.laterForLinkOffer(client.login(linker.username(), CodeSteps.PASSWORD))
                        .signedIn())
                .isTrue();
        Outcome proof = client.authorize("&kc_action=mypage-link-customer");
        Outcome choice = client.post(
                proof.page(),
                "form#mypage-link-proof",
                Map.of(
                        "customerNumber",
                        linker.customerNumber(),
                        "birthDate",
                        "1990-02-03",
                        "postalCode",
                        "100-0001",
                        "action",
                        "next"));
        assertThat(CodeSteps.answerWithCode(client, choice, "0:SMS", fx.twilio(), linker.mobileE164())
                        .body())
                .contains("kc_action_status=success");

        fx.server().restart();

        assertThat(fx.admin().customer(linker.customerNumber()).get("ocnId").asText())
                .isEqualTo(linker.username());
        JWTClaimsSet linked =
                LoginClient.claims(fx.tokens(linker).get("id_token").asText());
        assertThat(linked.getStringListClaim("customer_numbers")).containsExactly(linker.customerNumber());

        var stored = fx.admin().customer(number);
        assertThat(stored.get("ocnId").asText()).isEqualTo(user);
        assertThat(stored.get("contactPhones")).hasSize(2);
        JWTClaimsSet claims = LoginClient.claims(fx.browser()
                .signIn(number, "Restart-Test-2026!")
                .get("id_token")
                .asText());
        assertThat(claims.getStringListClaim("customer_numbers")).containsExactly(number);
        // The demo data was imported again at start-up without duplicating anything.
        assertThat(fx.admin().customer("N123456789").get("contracts")).hasSize(1);
    }

    @Test
    void theDirectoryLivesInOurOwnPostgresTables() throws Exception {
        assumeThat(fx.server().database().isPostgres())
                .as("runs on PostgreSQL only")
                .isTrue();
        assertThat(fx.server()
                        .database()
                        .query("select customer_number from mypage_customer where customer_number = ?", "N123456789"))
                .containsExactly("N123456789");
        assertThat(fx.server()
                        .database()
                        .query(
                                "select e164 from mypage_contact_phone p join mypage_customer c on c.id = p.customer_id"
                                        + " where c.customer_number = ? order by p.position",
                                "N123456789"))
                .containsExactly("+819012345678", "+81312345678");
        assertThat(fx.server()
                        .database()
                        .query("select constraint_name from information_schema.table_constraints"
                                + " where table_name = 'mypage_customer_link' and constraint_type = 'UNIQUE'"))
                .contains("uk_mypage_link_customer");
    }
}
