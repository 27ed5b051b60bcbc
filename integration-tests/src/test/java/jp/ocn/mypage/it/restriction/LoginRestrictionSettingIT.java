package jp.ocn.mypage.it.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.RestrictionSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ログイン制限 setting ({@code kc_action=mypage-login-restriction}): on with an explanation, off with a code. */
@ExtendWith(MyPageServerExtension.class)
class LoginRestrictionSettingIT {

    private static final String ACTION = "&kc_action=mypage-login-restriction";
    private static final String FORM = "form#mypage-login-restriction";

    private final Fixtures fx;

    LoginRestrictionSettingIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void anAccountWhoseLineIsNotInTheDirectoryIsNotOfferedTheRestriction() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient client = fx.signedIn(account);

        Outcome page = client.authorize(ACTION);

        assertThat(page.page().selectFirst("#mypage-login-restriction-unavailable"))
                .as(page.body())
                .isNotNull();
        assertThat(page.page().getElementById("mypage-login-restriction-on")).isNull();
        client.post(page.page(), FORM, Map.of("action", "on"));
        assertThat(RestrictionSteps.restricted(fx.admin(), account))
                .as("a forged post")
                .isFalse();
    }

    @Test
    void turningItOnExplainsItAndTheNextSignInFromOutsideIsRefused() {
        CodeSteps.Account account = RestrictionSteps.accountOnTheLine(fx.admin());
        LoginClient client = fx.signedIn(account);
        Outcome page = client.authorize(ACTION);
        assertThat(page.page().text()).contains("ご契約のOCN回線").contains("認証番号");
        assertThat(page.page().select("#mypage-login-restriction-networks li").eachText())
                .containsExactlyElementsOf(RestrictionSteps.LINE_NETWORKS);

        Outcome on = client.click(page.page(), "mypage-login-restriction-on", Map.of());

        assertThat(on.page().selectFirst("#mypage-login-restriction-result").text())
                .contains("ログイン制限を設定しました");
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isTrue();
        assertThat(client.click(on.page(), "mypage-login-restriction-close", Map.of())
                        .signedIn())
                .isTrue();
        Outcome later = fx.login(account);
        assertThat(later.signedIn()).isFalse();
        assertThat(later.page().selectFirst(RestrictionSteps.REFUSAL)).isNotNull();
    }

    @Test
    void turningItOffTakesTheCodeSentToARegisteredPhone() {
        CodeSteps.Account account = RestrictionSteps.restrictedAccount(fx.admin());
        LoginClient home = RestrictionSteps.browserAt(fx.server(), RestrictionSteps.LINE_V4);
        assertThat(RestrictionSteps.signIn(home, fx.server(), account).signedIn())
                .isTrue();
        Outcome page = RestrictionSteps.authorize(home, fx.server(), ACTION);
        assertThat(page.page().selectFirst("#mypage-login-restriction-status").text())
                .as(page.body())
                .contains("設定されています");

        Outcome choice = home.click(page.page(), "mypage-login-restriction-off", Map.of());
        assertThat(choice.page().selectFirst(CodeSteps.CHOOSE))
                .as(choice.body())
                .isNotNull();
        Outcome entry = CodeSteps.send(home, choice, "0:SMS");
        String code = CodeSteps.lastCode(fx.twilio(), account.mobileE164());
        String wrong = code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
        Outcome afterWrong = CodeSteps.enter(home, entry, wrong);
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isTrue();

        Outcome off = CodeSteps.enter(home, afterWrong, code);

        assertThat(off.page().selectFirst("#mypage-login-restriction-result").text())
                .as(off.body())
                .contains("ログイン制限を解除しました");
        assertThat(RestrictionSteps.restricted(fx.admin(), account)).isFalse();
        assertThat(fx.login(account).signedIn()).as("from outside again").isTrue();
    }
}
