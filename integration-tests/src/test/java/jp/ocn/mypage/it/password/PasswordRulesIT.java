package jp.ocn.mypage.it.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The realm's password rules on Keycloak's own password change page, each refusal in Japanese naming its rule. */
@ExtendWith(MyPageServerExtension.class)
class PasswordRulesIT {

    private static final String FORM = "form#kc-passwd-update-form";
    private final Fixtures fx;

    PasswordRulesIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void eachRuleRefusesWithItsOwnJapaneseMessageAndAGoodPasswordIsTaken() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String local = account.username().substring(0, account.username().indexOf('@'));
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("Sh0rt-Pw!", "12文字以上");
        refusals.put("onlylowercaseletters", "3種類以上");
        refusals.put("Password1234!", "推測されやすい");
        refusals.put("Zz!-" + local.toUpperCase() + "-x", "お客さまの情報");
        refusals.put("Zz!-" + account.customerNumber() + "-x", "お客さまの情報");
        refusals.put("Zz!-Secret-19900203", "お客さまの情報");
        refusals.put("Zz!-Secret-0203-x", "お客さまの情報");
        refusals.put("Zz!-" + account.mobile().replace("-", "") + "-x", "お客さまの情報");

        LoginClient client = fx.browser();
        fx.admin().requireAction(fx.admin().userId(account.username()), "UPDATE_PASSWORD");
        Outcome page = client.login(account.username(), CodeSteps.PASSWORD);
        for (Map.Entry<String, String> r : refusals.entrySet()) {
            assertThat(page.page().selectFirst(FORM)).as(page.body()).isNotNull();
            page = change(client, page, r.getKey());
            assertThat(page.signedIn()).as(r.getKey()).isFalse();
            assertThat(page.page().text()).as(r.getKey()).contains(r.getValue());
        }
        assertThat(change(client, page, "Kx7#mQ2!vR9p-Good").signedIn()).isTrue();
        assertThat(fx.browser().login(account.username(), "Kx7#mQ2!vR9p-Good").signedIn())
                .isTrue();
    }

    @Test
    void noneOfTheLastFivePasswordsCanBeSetAgain() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        String id = fx.admin().userId(account.username());
        fx.admin().requireAction(id, "UPDATE_PASSWORD");
        LoginClient client = fx.browser();
        Outcome again = change(client, client.login(account.username(), CodeSteps.PASSWORD), CodeSteps.PASSWORD);
        assertThat(again.signedIn()).isFalse();
        assertThat(again.page().text()).contains("過去5回分");
    }

    @Test
    void theAdminApiRefusesABadPasswordWithTheRuleNamed() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        var reply = fx.admin()
                .put(
                        "/users/" + fx.admin().userId(account.username()) + "/reset-password",
                        Map.of("type", "password", "value", "Password1234!", "temporary", false));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("mypagePasswordCommon");
    }

    private static Outcome change(LoginClient client, Outcome page, String password) {
        return client.post(page.page(), FORM, Map.of("password-new", password, "password-confirm", password));
    }
}
