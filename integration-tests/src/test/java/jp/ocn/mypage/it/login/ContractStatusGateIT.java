package jp.ocn.mypage.it.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Contract status decides whether and how a customer gets in. */
@ExtendWith(MyPageServerExtension.class)
class ContractStatusGateIT {

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    ContractStatusGateIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void aWithdrawnCustomerIsRefusedAndToldWhyAndWhereToAsk() {
        LoginClient.Outcome outcome = fx.browser().login("shiro.ito@ocn.ne.jp", LoginClient.DEMO_PASSWORD);
        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).contains("退会済みのため").contains("お問い合わせください");
        assertThat(outcome.page().selectFirst("form#kc-form-login"))
                .as("no login form to retry on")
                .isNull();
    }

    @Test
    void aWithdrawnCustomerNumberIsRefusedTheSameWay() {
        LoginClient.Outcome outcome = fx.browser().login("N567890123", LoginClient.DEMO_PASSWORD);
        assertThat(outcome.signedIn()).isFalse();
        assertThat(outcome.page().text()).contains("退会済みのため");
    }

    @Test
    void aWithdrawnCustomerWithAWrongPasswordLearnsNothingAboutTheContract() {
        LoginClient.Outcome outcome = fx.browser().login("shiro.ito@ocn.ne.jp", "not-the-password");
        assertThat(outcome.page().text()).doesNotContain("退会");
        assertThat(outcome.error()).as(outcome.page().html()).contains("正しくありません");
    }

    @Test
    void aCancelledCustomerSignsInReadOnlyWithinTheRetentionPeriod() throws Exception {
        LoginClient client = fx.browser();
        // Saburo is also the demo account of seed 003's security notice: it comes after the gate let him in.
        LoginClient.Outcome in =
                client.closeSecurityNotice(client.login("saburo.kato@ocn.ne.jp", LoginClient.DEMO_PASSWORD));
        assertThat(in.signedIn()).isTrue();
        JWTClaimsSet claims =
                LoginClient.claims(client.tokens(in.code()).get("id_token").asText());
        assertThat(claims.getStringClaim("account_status")).isEqualTo("cancelled");
    }

    @Test
    void aCancelledCustomerIsRefusedOnceTheRetentionPeriodIsOver() {
        // Saburo cancelled 30 days ago: a 29-day retention has just ended for him.
        realm.set("mypage.cancelledRetentionDays", "29");
        try {
            LoginClient.Outcome outcome = fx.browser().login("saburo.kato@ocn.ne.jp", LoginClient.DEMO_PASSWORD);
            assertThat(outcome.signedIn()).isFalse();
            assertThat(outcome.page().text()).contains("閲覧可能期間が過ぎたため");
        } finally {
            realm.restore();
        }
        LoginClient again = fx.browser();
        assertThat(again.closeSecurityNotice(again.login("saburo.kato@ocn.ne.jp", LoginClient.DEMO_PASSWORD))
                        .signedIn())
                .isTrue();
    }

    @Test
    void theRefusalIsAnEventNamingTheStatus() {
        // An account of its own, so the event found is this attempt's and no other test's.
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        JsonHttp.Reply patched = fx.admin()
                .directory(
                        "PATCH",
                        "/customers/" + account.customerNumber(),
                        JsonHttp.json(Map.of(
                                "contracts",
                                List.of(Map.of(
                                        "service", "OCN 光", "status", "withdrawn", "statusChangedOn", "2026-01-05")))));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(fx.login(account).signedIn()).isFalse();

        assertThat(fx.admin().eventsOf("LOGIN_ERROR", fx.admin().userId(account.username())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("error").asText()).isEqualTo("mypage_contract_withdrawn");
                    assertThat(e.get("details").get("account_status").asText()).isEqualTo("withdrawn");
                });
    }
}
