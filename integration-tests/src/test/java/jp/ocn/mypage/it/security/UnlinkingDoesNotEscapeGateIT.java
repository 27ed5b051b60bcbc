package jp.ocn.mypage.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.GateAccounts;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attack: an account whose only customer is cancelled past retention (or withdrawn) unlinks that customer;
 * with no customer left it would count as 未登録, which always signs in. An account that may not sign in can
 * unlink nothing: not from an SSO session from before the status change, and not by finishing an unlink
 * started while it still could sign in.
 */
@ExtendWith(MyPageServerExtension.class)
class UnlinkingDoesNotEscapeGateIT {

    private static final String UNLINK = "form#mypage-unlink";
    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    UnlinkingDoesNotEscapeGateIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void anSsoSessionFromBeforeTheRetentionEndedCannotStartTheUnlinkAction() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 10);
        LoginClient client = fx.signedIn(account);

        realm.set(GateAccounts.RETENTION, "5");
        Outcome unlink = client.authorize("&kc_action=mypage-unlink-customer");
        assertThat(unlink.signedIn()).isFalse();
        assertThat(unlink.page().selectFirst(CodeSteps.CHOOSE))
                .as("no step-up: the gate comes first")
                .isNull();
        assertThat(unlink.page().text()).contains("閲覧可能期間が過ぎたため");
        assertThat(GateAccounts.linked(fx.admin(), account)).isTrue();
    }

    @Test
    void anUnlinkStartedWithinRetentionCannotBeFinishedAfterIt() {
        CodeSteps.Account account = GateAccounts.withContract(fx.admin(), "cancelled", 10);
        LoginClient client = fx.signedIn(account);
        Outcome prove = client.authorize("&kc_action=mypage-unlink-customer");
        Outcome choice = CodeSteps.answerWithCode(client, prove, smsTarget(prove), fx.twilio(), account.mobileE164());
        assertThat(choice.page().selectFirst(UNLINK)).as(choice.body()).isNotNull();

        realm.set(GateAccounts.RETENTION, "5");
        Outcome refused = client.post(
                choice.page(), UNLINK, Map.of("customerNumber", account.customerNumber(), "action", "unlink"));

        assertThat(refused.body()).doesNotContain("kc_action_status=success");
        assertThat(refused.error()).contains("お客さま番号の登録を解除することはできません");
        assertThat(GateAccounts.linked(fx.admin(), account))
                .as("the link stays, so the gate still applies")
                .isTrue();
        assertThat(fx.login(account).page().text()).contains("閲覧可能期間が過ぎたため");
    }

    @Test
    void aWithdrawnAccountCannotUnlinkEither() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        LoginClient client = fx.signedIn(account);
        Outcome prove = client.authorize("&kc_action=mypage-unlink-customer");
        Outcome choice = CodeSteps.answerWithCode(client, prove, smsTarget(prove), fx.twilio(), account.mobileE164());
        assertThat(choice.page().selectFirst(UNLINK)).as(choice.body()).isNotNull();

        GateAccounts.setContract(fx.admin(), account, "withdrawn", 0);
        Outcome refused = client.post(
                choice.page(), UNLINK, Map.of("customerNumber", account.customerNumber(), "action", "unlink"));

        assertThat(refused.body()).doesNotContain("kc_action_status=success");
        assertThat(GateAccounts.linked(fx.admin(), account)).isTrue();
    }

    private static String smsTarget(Outcome choice) {
        if (choice.page() == null || choice.page().selectFirst(CodeSteps.CHOOSE) == null) {
            throw new AssertionError("no step-up page: " + choice.body());
        }
        return choice.page().select("input[name=target]").eachAttr("value").stream()
                .filter(v -> v.endsWith(":SMS"))
                .findFirst()
                .orElseThrow();
    }
}
