package jp.ocn.mypage.it.security;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The attacker knows the password and wants the account's reset and unlock links in a mailbox of their own. The
 * account mail changes only after a step-up code, and only when the link sent to the new address is opened; the old
 * address is told. The account console cannot change it at all.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class StolenPasswordCannotRedirectAccountMailIT {

    private static final String CHANGE = "form#mypage-mail-change";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token[^\\s\"<>]*");
    private final Fixtures fx;

    StolenPasswordCannotRedirectAccountMailIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void theAccountConsoleDoesNotChangeTheMailWithThePasswordAlone() {
        CodeSteps.Account victim = CodeSteps.newAccount(fx.admin());
        String token = fx.tokens(victim).get("access_token").asText();
        JsonHttp.Reply profile = fx.admin().call("GET", fx.server().realmUrl() + "/account/", null, token);
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        ObjectNode changed = (ObjectNode) profile.json();
        String attackers = "mallory-" + System.nanoTime() + "@example.jp";
        changed.put("email", attackers);
        JsonHttp.Reply update =
                fx.admin().call("POST", fx.server().realmUrl() + "/account/", JsonHttp.json(changed), token);
        assertThat(update.status())
                .as("refused or ignored, never a 500: " + update.body())
                .isLessThan(500);
        assertThat(emailOf(victim)).isEqualTo(victim.username());
        JsonNode after = fx.admin()
                .call("GET", fx.server().realmUrl() + "/account/", null, token)
                .json();
        assertThat(after.path("email").asText()).isEqualTo(victim.username());
    }

    @Test
    void thePasswordAloneReachesNoAddressForm() {
        CodeSteps.Account victim = CodeSteps.newAccount(fx.admin());
        LoginClient attacker = fx.signedIn(victim);
        String attackers = "mallory-" + System.nanoTime() + "@example.jp";

        Outcome asked = attacker.authorize("&kc_action=mypage-mail-change");
        assertThat(asked.page().selectFirst(CHANGE))
                .as("no address form before the step-up")
                .isNull();
        assertThat(asked.page().selectFirst(CHOOSE)).as(asked.body()).isNotNull();
        assertThat(asked.page().text()).contains("メールアドレスを変更する前に");
        Outcome pushed = attacker.post(asked.page(), CHOOSE, Map.of("email", attackers, "action", "send"));
        assertThat(pushed.page().selectFirst(CHANGE)).isNull();
        Outcome cancelled = attacker.post(pushed.page(), CHOOSE, Map.of("action", "cancel"));
        assertThat(cancelled.body()).contains("kc_action_status=cancelled");

        // Mail goes out within the request that sends it: had anything been sent, it would be here by now.
        assertThat(fx.mail().to(attackers)).isEmpty();
        assertThat(emailOf(victim)).isEqualTo(victim.username());
    }

    @Test
    void afterTheStepUpOnlyTheLinkOpenedInAnyBrowserChangesTheMailAndTheOldAddressIsTold() {
        CodeSteps.Account owner = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.signedIn(owner);
        String newAddress = "new-" + System.nanoTime() + "@example.jp";

        Outcome stepUp = portal.authorize("&kc_action=mypage-mail-change");
        Outcome form = CodeSteps.answerWithCode(portal, stepUp, "0:SMS", fx.twilio(), owner.mobileE164());
        assertThat(form.page().selectFirst(CHANGE)).as(form.body()).isNotNull();
        assertThat(form.page().text()).contains("新しいメールアドレス").contains("送信");
        Outcome invalid = portal.post(form.page(), CHANGE, Map.of("email", "not-an-address", "action", "send"));
        assertThat(invalid.page().text()).contains("メールアドレスを正しく入力してください");
        Outcome sent = portal.post(invalid.page(), CHANGE, Map.of("email", newAddress.toUpperCase(), "action", "send"));
        assertThat(sent.page().text())
                .as(sent.body())
                .contains("確認のメールをお送りしました")
                .contains(newAddress);
        assertThat(emailOf(owner))
                .as("nothing changes before the link is opened")
                .isEqualTo(owner.username());
        Outcome back = portal.post(sent.page(), "form#mypage-mail-change-sent", Map.of("action", "next"));
        assertThat(back.body()).contains("kc_action_status=success");
        assertThat(emailOf(owner)).isEqualTo(owner.username());

        List<MailCatcher.Mail> toNew = fx.mail().to(newAddress);
        assertThat(toNew).hasSize(1);
        String link = link(toNew.get(0).body());
        Outcome confirmed = fx.browser().open(link);
        assertThat(confirmed.page().text())
                .as("opened in another browser: " + confirmed.body())
                .contains("変更しました");
        assertThat(emailOf(owner)).isEqualTo(newAddress);
        assertThat(fx.mail().to(owner.username())).anySatisfy(m -> {
            assertThat(m.subject()).contains("メールアドレスが変更されました");
            assertThat(m.body()).doesNotContain(newAddress).contains(newAddress.substring(0, 2) + "***@example.jp");
        });

        Outcome again = fx.browser().open(link);
        assertThat(again.page().text()).as("the link works once").doesNotContain("変更しました");
        assertThat(emailOf(owner)).isEqualTo(newAddress);
    }

    @Test
    void anOlderLinkDiesWhenANewerChangeIsAsked() {
        CodeSteps.Account owner = CodeSteps.newAccount(fx.admin());
        LoginClient portal = fx.browser();
        Outcome login = portal.authorize("&acr_values=2&kc_action=mypage-mail-change");
        Outcome form = CodeSteps.answerWithCode(
                portal,
                portal.submit(login.page(), owner.username(), CodeSteps.PASSWORD),
                "0:SMS",
                fx.twilio(),
                owner.mobileE164());
        assertThat(form.page().selectFirst(CHANGE))
                .as("level 2 reached: no second code " + form.body())
                .isNotNull();
        String first = "first-" + System.nanoTime() + "@example.jp";
        String second = "second-" + System.nanoTime() + "@example.jp";
        Outcome sent = portal.post(form.page(), CHANGE, Map.of("email", first, "action", "send"));
        assertThat(portal.post(sent.page(), "form#mypage-mail-change-sent", Map.of("action", "next"))
                        .signedIn())
                .isTrue();

        Outcome again = portal.authorize("&acr_values=2&kc_action=mypage-mail-change");
        assertThat(again.page().selectFirst(CHANGE)).as(again.body()).isNotNull();
        portal.post(again.page(), CHANGE, Map.of("email", second, "action", "send"));

        Outcome stale = fx.browser().open(link(fx.mail().to(first).get(0).body()));
        assertThat(stale.page().text()).doesNotContain("変更しました");
        assertThat(emailOf(owner)).isEqualTo(owner.username());
        assertThat(fx.browser()
                        .open(link(fx.mail().to(second).get(0).body()))
                        .page()
                        .text())
                .contains("変更しました");
        assertThat(emailOf(owner)).isEqualTo(second);
    }

    private String emailOf(CodeSteps.Account account) {
        return fx.admin()
                .get("/users/" + fx.admin().userId(account.username()))
                .path("email")
                .asText();
    }

    private static String link(String body) {
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in: " + body).isTrue();
        return m.group().replace("&amp;", "&");
    }
}
