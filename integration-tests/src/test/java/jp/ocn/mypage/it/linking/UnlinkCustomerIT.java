package jp.ocn.mypage.it.linking;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Removing a linked customer number: step-up first, an event after, never a representative's last corporate link. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class UnlinkCustomerIT {

    private static final String UNLINK = "form#mypage-unlink";
    private final Fixtures fx;

    UnlinkCustomerIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void removingANumberNeedsAStepUpCodeAndLeavesAnEvent() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.signedIn(account);

        Outcome prove = client.authorize("&kc_action=mypage-unlink-customer");
        assertThat(prove.page().selectFirst(CHOOSE))
                .as("step-up first: " + prove.body())
                .isNotNull();
        assertThat(prove.page().text()).contains("登録を解除する前に");
        Outcome choice = code(client, prove, account.mobileE164());
        assertThat(choice.page().selectFirst(UNLINK)).as(choice.body()).isNotNull();

        Outcome none = client.post(choice.page(), UNLINK, Map.of("action", "unlink"));
        assertThat(none.error()).contains("登録を解除するお客さま番号を選んでください");
        Outcome done = client.post(
                none.page(), UNLINK, Map.of("customerNumber", account.customerNumber(), "action", "unlink"));
        assertThat(done.body())
                .as(done.page() == null ? "" : done.page().text())
                .contains("kc_action_status=success");

        assertThat(fx.admin().customer(account.customerNumber()).has("ocnId")).isFalse();
        assertThat(LoginClient.claims(client.tokens(done.code()).get("id_token").asText())
                        .getStringListClaim("customer_numbers"))
                .isEmpty();
        assertThat(fx.admin().events("CUSTOM_REQUIRED_ACTION")).anySatisfy(e -> {
            assertThat(e.path("details").path("custom_required_action").asText())
                    .isEqualTo("mypage-unlink-customer");
            assertThat(e.path("details").path("customer_number").asText()).isEqualTo(account.customerNumber());
        });
    }

    @Test
    void aRepresentativesLastCorporateNumberCannotBeRemovedHere() {
        LoginClient client = fx.browser();
        Outcome login = client.authorize("&acr_values=2&kc_action=mypage-unlink-customer");
        Outcome stepUp = client.submit(login.page(), "daihyo@shoji.example.jp", LoginClient.DEMO_PASSWORD);
        Outcome choice = code(client, stepUp, "+819067890123");
        assertThat(choice.page().selectFirst(UNLINK))
                .as("level 2 already: no second code")
                .isNotNull();
        Outcome refused =
                client.post(choice.page(), UNLINK, Map.of("customerNumber", "N678901234", "action", "unlink"));
        assertThat(refused.error()).contains("代表ID");
        assertThat(fx.admin().customer("N678901234").get("ocnId").asText()).isEqualTo("daihyo@shoji.example.jp");
        assertThat(client.post(refused.page(), UNLINK, Map.of("action", "cancel"))
                        .body())
                .contains("kc_action_status=cancelled");
    }

    /** Sends a code by SMS to the first phone that takes one and enters it. */
    private Outcome code(LoginClient client, Outcome choice, String toE164) {
        String target = choice.page().select("input[name=target]").eachAttr("value").stream()
                .filter(v -> v.endsWith(":SMS"))
                .findFirst()
                .orElseThrow();
        return CodeSteps.answerWithCode(client, choice, target, fx.twilio(), toE164);
    }
}
