package jp.ocn.mypage.it.linking;

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

/**
 * The linking screens clicked through as a browser without JavaScript does (each form sent with what the page holds),
 * in Japanese, from the offer to the signed-in redirect.
 */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class LinkingBrowserIT {

    private final Fixtures fx;

    LinkingBrowserIT(Fixtures fx) {
        this.fx = fx;
    }

    @Test
    void aCustomerWalksFromTheOfferThroughAMistakeAndTheCodeToMyPage() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), false);
        LoginClient browser = new LoginClient(fx.server(), "ja");
        Outcome offer = browser.click(
                browser.openLoginPage(),
                "kc-login",
                Map.of("username", account.username(), "password", CodeSteps.PASSWORD));
        assertThat(offer.page().text()).contains("お客さま番号の登録").contains("後で登録する");

        Outcome proof = browser.click(offer.page(), "mypage-link-start", Map.of());
        assertThat(proof.page().text())
                .contains("お客さま番号")
                .contains("生年月日")
                .contains("郵便番号")
                .contains("フリガナ");
        Outcome again = browser.click(
                proof.page(),
                "mypage-link-next",
                Map.of(
                        "customerNumber",
                        account.customerNumber(),
                        "birthDate",
                        "1990-02-04",
                        "postalCode",
                        "100-0001"));
        assertThat(again.page().text()).contains("入力された内容でご契約を確認できませんでした");
        assertThat(again.page().getElementById("customerNumber").val())
                .as("kept as typed")
                .isEqualTo(account.customerNumber());

        // The customer number is sent as the page kept it; only the two mistakes are typed again.
        Outcome choice = browser.click(
                again.page(), "mypage-link-next", Map.of("birthDate", "1990/02/03", "postalCode", "１００−０００１"));
        assertThat(choice.page().text())
                .contains("ご本人確認")
                .contains("SMS")
                .contains("電話音声通知")
                .contains("送信");
        Outcome entry = browser.click(choice.page(), "mypage-code-send", Map.of());
        assertThat(entry.page().text()).contains("認証番号");
        Outcome done = browser.click(
                entry.page(),
                "mypage-code-verify",
                Map.of("code", CodeSteps.lastCode(fx.twilio(), account.mobileE164())));
        assertThat(done.signedIn()).as(done.body()).isTrue();

        assertThat(fx.admin().customer(account.customerNumber()).get("ocnId").asText())
                .isEqualTo(account.username());
    }
}
