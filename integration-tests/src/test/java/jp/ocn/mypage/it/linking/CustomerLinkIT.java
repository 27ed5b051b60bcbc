package jp.ocn.mypage.it.linking;

import static jp.ocn.mypage.it.harness.CodeSteps.CHOOSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LinkingSteps;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RealmAttributes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Linking a customer number: offer after sign-in, proof, a code to the customer's phone, then the link. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class CustomerLinkIT {

    private final Fixtures fx;

    @RegisterExtension
    final RealmAttributes realm;

    CustomerLinkIT(Fixtures fx) {
        this.fx = fx;
        this.realm = new RealmAttributes(fx.admin());
    }

    @Test
    void anAccountWithoutCustomerNumberIsOfferedLinkingAfterSignInAndMayPutItOff() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome offer = client.login(account.username(), CodeSteps.PASSWORD);
        assertThat(offer.page().selectFirst(LinkingSteps.OFFER))
                .as(offer.body())
                .isNotNull();
        assertThat(offer.page().text()).contains("お客さま番号を登録する").contains("後で登録する");
        Outcome later = client.post(offer.page(), LinkingSteps.OFFER, Map.of("action", "later"));
        assertThat(later.signedIn()).isTrue();
        JWTClaimsSet claims =
                LoginClient.claims(client.tokens(later.code()).get("id_token").asText());
        assertThat(claims.getStringListClaim("customer_numbers")).isEmpty();

        Outcome again = fx.login(account);
        assertThat(again.page().selectFirst(LinkingSteps.OFFER))
                .as("asked again at the next sign-in")
                .isNotNull();
    }

    @Test
    void linkingWithThePostalCodeAndACodeLinksTheNumberMailsTheUserAndShowsInTheClaims() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome offer = client.login(account.username(), CodeSteps.PASSWORD);
        Outcome proof = client.post(offer.page(), LinkingSteps.OFFER, Map.of("action", "start"));
        assertThat(proof.page().text())
                .contains("お客さま番号")
                .contains("生年月日")
                .contains("郵便番号")
                .contains("フリガナ");

        String typedNumber = "ｎ" + toFullWidth(account.customerNumber().substring(1));
        Outcome choice = LinkingSteps.proveWithPostalCode(client, proof, typedNumber, "19900203", "〒１００－０００１");
        assertThat(choice.page().selectFirst(CHOOSE)).as(choice.body()).isNotNull();
        assertThat(choice.page().text()).contains("お客さま番号の登録を完了するため");
        Outcome done = code(client, choice, account.mobileE164());
        assertThat(done.signedIn()).as(done.body()).isTrue();

        JWTClaimsSet claims = LoginClient.claims(
                client.tokens(done.code()).get("access_token").asText());
        assertThat(claims.getStringListClaim("customer_numbers")).containsExactly(account.customerNumber());
        assertThat(claims.getStringClaim("account_status")).isEqualTo("active");
        assertThat(fx.admin().customer(account.customerNumber()).get("ocnId").asText())
                .isEqualTo(account.username());
        assertThat(fx.mail().to(account.username())).anySatisfy(m -> {
            assertThat(m.subject()).contains("お客さま番号が登録されました");
            assertThat(m.body()).contains(account.customerNumber());
        });
        assertThat(fx.login(account).signedIn()).as("no offer once linked").isTrue();
    }

    @Test
    void thePortalStartsLinkingWithTheKanaNameInHiraganaAndSeveralNumbersCanBeLinked() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), true);
        CodeSteps.Account second = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.signedIn(account);

        Outcome stepUp = client.authorize("&kc_action=mypage-link-customer");
        assertThat(stepUp.page().text()).as("a further number: step-up first").contains("追加で登録する前に");
        Outcome proof = code(client, stepUp, account.mobileE164());
        assertThat(proof.page().selectFirst(LinkingSteps.PROOF))
                .as("then the proof: " + proof.body())
                .isNotNull();
        Outcome choice = LinkingSteps.proveWithKana(client, proof, second.customerNumber(), "1990/02/03", "にんしょう　しけん");
        Outcome done = code(client, choice, second.mobileE164());
        assertThat(done.body()).contains("kc_action_status=success");
        JWTClaimsSet claims =
                LoginClient.claims(client.tokens(done.code()).get("id_token").asText());
        assertThat(claims.getStringListClaim("customer_numbers"))
                .containsExactlyInAnyOrder(account.customerNumber(), second.customerNumber());
    }

    @Test
    void anUnknownNumberAndAWrongProofGetTheSameAnswerUntilTheAccountLimitStopsEvenTheRightProof() {
        realm.set("mypage.link.failuresPerAccountPerHour", "3");
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome page = LinkingSteps.signInAndStart(client, account.username());

        Outcome wrongBirthDate =
                LinkingSteps.proveWithPostalCode(client, page, account.customerNumber(), "1990-02-04", "100-0001");
        Outcome unknownNumber =
                LinkingSteps.proveWithPostalCode(client, wrongBirthDate, "N999999998", "1990-02-03", "100-0001");
        assertThat(wrongBirthDate.error()).contains("ご契約を確認できませんでした");
        assertThat(unknownNumber.error()).isEqualTo(wrongBirthDate.error());
        assertThat(withoutTypedValues(unknownNumber))
                .as("the same page apart from what was typed")
                .isEqualTo(withoutTypedValues(wrongBirthDate));

        Outcome wrongKana =
                LinkingSteps.proveWithKana(client, unknownNumber, account.customerNumber(), "1990-02-03", "ヤマダ タロウ");
        assertThat(wrongKana.error()).contains("ご契約を確認できませんでした");
        Outcome limited =
                LinkingSteps.proveWithPostalCode(client, wrongKana, account.customerNumber(), "1990-02-03", "100-0001");
        assertThat(limited.error()).contains("しばらくの間お客さま番号を登録できません");
        assertThat(CodeSteps.sentTo(fx.twilio(), account.mobileE164())).isEmpty();
    }

    @Test
    void theCustomerNumberLimitHoldsAcrossAccounts() {
        realm.set("mypage.link.failuresPerNumberPerDay", "2");
        CodeSteps.Account target = CodeSteps.newAccount(fx.admin(), false);
        for (int i = 0; i < 2; i++) {
            CodeSteps.Account other = CodeSteps.newAccount(fx.admin(), false);
            LoginClient client = fx.browser();
            Outcome page = LinkingSteps.signInAndStart(client, other.username());
            Outcome failed =
                    LinkingSteps.proveWithPostalCode(client, page, target.customerNumber(), "2000-01-01", "100-0001");
            assertThat(failed.error()).contains("ご契約を確認できませんでした");
        }
        LoginClient holder = fx.browser();
        Outcome page = LinkingSteps.signInAndStart(holder, target.username());
        Outcome limited =
                LinkingSteps.proveWithPostalCode(holder, page, target.customerNumber(), "1990-02-03", "100-0001");
        assertThat(limited.error()).contains("しばらくの間お客さま番号を登録できません");
    }

    @Test
    void aNumberLinkedToAnotherIdIsNotMovedAndItsOwnerIsTold() {
        CodeSteps.Account owner = CodeSteps.newAccount(fx.admin(), true);
        CodeSteps.Account intruder = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome page = LinkingSteps.signInAndStart(client, intruder.username());
        Outcome choice =
                LinkingSteps.proveWithPostalCode(client, page, owner.customerNumber(), "1990-02-03", "1000001");
        Outcome refused = code(client, choice, owner.mobileE164());
        assertThat(refused.page().text()).contains("すでに別のOCN IDに登録されている");
        assertThat(fx.admin().customer(owner.customerNumber()).get("ocnId").asText())
                .isEqualTo(owner.username());
        assertThat(fx.mail().to(owner.username()))
                .anySatisfy(m -> assertThat(m.subject()).contains("登録が試みられました"));
        Outcome onwards = client.post(refused.page(), "form#mypage-link-elsewhere", Map.of("action", "later"));
        assertThat(onwards.signedIn()).as("次へ continues the sign-in, unlinked").isTrue();
    }

    @Test
    void whenTheRealmAllowsMovingTheCodeMovesTheNumberAndTellsThePreviousOwner() throws Exception {
        realm.set("mypage.link.allowMoveAfterCode", "true");
        CodeSteps.Account owner = CodeSteps.newAccount(fx.admin(), true);
        CodeSteps.Account newcomer = CodeSteps.newAccount(fx.admin(), false);
        LoginClient client = fx.browser();
        Outcome page = LinkingSteps.signInAndStart(client, newcomer.username());
        Outcome choice = LinkingSteps.proveWithKana(client, page, owner.customerNumber(), "1990-02-03", "ﾆﾝｼｮｳ ｼｹﾝ");
        assertThat(code(client, choice, owner.mobileE164()).signedIn()).isTrue();
        assertThat(fx.admin().customer(owner.customerNumber()).get("ocnId").asText())
                .isEqualTo(newcomer.username());
        assertThat(fx.mail().to(owner.username()))
                .anySatisfy(m -> assertThat(m.subject()).contains("登録が変更されました"));
    }

    private Outcome code(LoginClient client, Outcome choice, String toE164) {
        return CodeSteps.answerWithCode(client, choice, "0:SMS", fx.twilio(), toE164);
    }

    /** The proof form without the typed values and the per-request action URL. */
    private static String withoutTypedValues(Outcome outcome) {
        return outcome.page().selectFirst(LinkingSteps.PROOF).outerHtml().replaceAll("(value|action)=\"[^\"]*\"", "");
    }

    private static String toFullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append((char) (c - '0' + '０')));
        return s.toString();
    }
}
