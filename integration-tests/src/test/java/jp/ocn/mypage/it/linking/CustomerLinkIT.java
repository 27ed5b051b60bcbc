package jp.ocn.mypage.it.linking;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Map;
import jp.ocn.mypage.it.harness.AdminApi;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.KeycloakServer;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.LoginClient.Outcome;
import jp.ocn.mypage.it.harness.MailCatcher;
import jp.ocn.mypage.it.harness.MyPageServerExtension;
import jp.ocn.mypage.it.harness.NoResendCooldown;
import jp.ocn.mypage.it.harness.RealmAttributes;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Linking a customer number: offer after sign-in, proof, a code to the customer's phone, then the link. */
@ExtendWith({MyPageServerExtension.class, NoResendCooldown.class})
class CustomerLinkIT {

    private static final String OFFER = "form#mypage-link-offer";
    private static final String PROOF = "form#mypage-link-proof";
    private static final String CHOOSE = "form#mypage-code-choose";
    private final KeycloakServer server;
    private final AdminApi admin;
    private final TwilioStub twilio;

    @RegisterExtension
    final RealmAttributes realm;

    private final MailCatcher mail;

    CustomerLinkIT(KeycloakServer server, AdminApi admin, TwilioStub twilio, MailCatcher mail) {
        this.server = server;
        this.admin = admin;
        this.realm = new RealmAttributes(admin);
        this.twilio = twilio;
        this.mail = mail;
    }

    @Test
    void anAccountWithoutCustomerNumberIsOfferedLinkingAfterSignInAndMayPutItOff() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(admin, false);
        LoginClient client = new LoginClient(server);
        Outcome offer = client.login(account.username(), CodeSteps.PASSWORD);
        assertThat(offer.page().selectFirst(OFFER)).as(offer.body()).isNotNull();
        assertThat(offer.page().text()).contains("お客さま番号を登録する").contains("後で登録する");
        Outcome later = client.post(offer.page(), OFFER, Map.of("action", "later"));
        assertThat(later.signedIn()).isTrue();
        JWTClaimsSet claims =
                LoginClient.claims(client.tokens(later.code()).get("id_token").asText());
        assertThat(claims.getStringListClaim("customer_numbers")).isEmpty();

        Outcome again = new LoginClient(server).login(account.username(), CodeSteps.PASSWORD);
        assertThat(again.page().selectFirst(OFFER))
                .as("asked again at the next sign-in")
                .isNotNull();
    }

    @Test
    void linkingWithThePostalCodeAndACodeLinksTheNumberMailsTheUserAndShowsInTheClaims() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(admin, false);
        LoginClient client = new LoginClient(server);
        Outcome offer = client.login(account.username(), CodeSteps.PASSWORD);
        Outcome proof = client.post(offer.page(), OFFER, Map.of("action", "start"));
        assertThat(proof.page().text())
                .contains("お客さま番号")
                .contains("生年月日")
                .contains("郵便番号")
                .contains("フリガナ");

        String typedNumber = "ｎ" + toFullWidth(account.customerNumber().substring(1));
        Outcome choice = client.post(
                proof.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        typedNumber,
                        "birthDate",
                        "19900203",
                        "postalCode",
                        "〒１００－０００１",
                        "action",
                        "next"));
        assertThat(choice.page().selectFirst(CHOOSE)).as(choice.body()).isNotNull();
        assertThat(choice.page().text()).contains("お客さま番号の登録を完了するため");
        Outcome done = code(client, choice, account.mobileE164());
        assertThat(done.signedIn()).as(done.body()).isTrue();

        JWTClaimsSet claims = LoginClient.claims(
                client.tokens(done.code()).get("access_token").asText());
        assertThat(claims.getStringListClaim("customer_numbers")).containsExactly(account.customerNumber());
        assertThat(claims.getStringClaim("account_status")).isEqualTo("active");
        assertThat(admin.directory("GET", "/customers/" + account.customerNumber(), null)
                        .json()
                        .get("ocnId")
                        .asText())
                .isEqualTo(account.username());
        assertThat(mail.to(account.username())).anySatisfy(m -> {
            assertThat(m.subject()).contains("お客さま番号が登録されました");
            assertThat(m.body()).contains(account.customerNumber());
        });
        assertThat(new LoginClient(server)
                        .login(account.username(), CodeSteps.PASSWORD)
                        .signedIn())
                .as("no offer once linked")
                .isTrue();
    }

    @Test
    void thePortalStartsLinkingWithTheKanaNameInHiraganaAndSeveralNumbersCanBeLinked() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(admin, true);
        CodeSteps.Account second = CodeSteps.newAccount(admin, false);
        LoginClient client = new LoginClient(server);
        assertThat(client.login(account.username(), CodeSteps.PASSWORD).signedIn())
                .isTrue();

        Outcome stepUp = client.authorize("&kc_action=mypage-link-customer");
        assertThat(stepUp.page().text()).as("a further number: step-up first").contains("追加で登録する前に");
        Outcome proof = code(client, stepUp, account.mobileE164());
        assertThat(proof.page().selectFirst(PROOF))
                .as("then the proof: " + proof.body())
                .isNotNull();
        Outcome choice = client.post(
                proof.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        second.customerNumber(),
                        "birthDate",
                        "1990/02/03",
                        "kana",
                        "にんしょう　しけん",
                        "action",
                        "next"));
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
        CodeSteps.Account account = CodeSteps.newAccount(admin, false);
        LoginClient client = new LoginClient(server);
        Outcome page = client.post(
                client.login(account.username(), CodeSteps.PASSWORD).page(), OFFER, Map.of("action", "start"));

        Outcome wrongBirthDate = client.post(
                page.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        account.customerNumber(),
                        "birthDate",
                        "1990-02-04",
                        "postalCode",
                        "100-0001",
                        "action",
                        "next"));
        Outcome unknownNumber = client.post(
                wrongBirthDate.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        "N999999998",
                        "birthDate",
                        "1990-02-03",
                        "postalCode",
                        "100-0001",
                        "action",
                        "next"));
        assertThat(wrongBirthDate.error()).contains("ご契約を確認できませんでした");
        assertThat(unknownNumber.error()).isEqualTo(wrongBirthDate.error());
        assertThat(withoutTypedValues(unknownNumber))
                .as("the same page apart from what was typed")
                .isEqualTo(withoutTypedValues(wrongBirthDate));

        Outcome wrongKana = client.post(
                unknownNumber.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        account.customerNumber(),
                        "birthDate",
                        "1990-02-03",
                        "kana",
                        "ヤマダ タロウ",
                        "action",
                        "next"));
        assertThat(wrongKana.error()).contains("ご契約を確認できませんでした");
        Outcome limited = client.post(
                wrongKana.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        account.customerNumber(),
                        "birthDate",
                        "1990-02-03",
                        "postalCode",
                        "100-0001",
                        "action",
                        "next"));
        assertThat(limited.error()).contains("しばらくの間お客さま番号を登録できません");
        assertThat(twilio.requests().stream()
                        .noneMatch(r -> account.mobileE164().equals(r.form().get("To"))))
                .isTrue();
    }

    @Test
    void theCustomerNumberLimitHoldsAcrossAccounts() {
        realm.set("mypage.link.failuresPerNumberPerDay", "2");
        CodeSteps.Account target = CodeSteps.newAccount(admin, false);
        for (int i = 0; i < 2; i++) {
            CodeSteps.Account other = CodeSteps.newAccount(admin, false);
            LoginClient client = new LoginClient(server);
            Outcome page = client.post(
                    client.login(other.username(), CodeSteps.PASSWORD).page(), OFFER, Map.of("action", "start"));
            Outcome failed = client.post(
                    page.page(),
                    PROOF,
                    Map.of(
                            "customerNumber",
                            target.customerNumber(),
                            "birthDate",
                            "2000-01-01",
                            "postalCode",
                            "100-0001",
                            "action",
                            "next"));
            assertThat(failed.error()).contains("ご契約を確認できませんでした");
        }
        LoginClient holder = new LoginClient(server);
        Outcome page = holder.post(
                holder.login(target.username(), CodeSteps.PASSWORD).page(), OFFER, Map.of("action", "start"));
        Outcome limited = holder.post(
                page.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        target.customerNumber(),
                        "birthDate",
                        "1990-02-03",
                        "postalCode",
                        "100-0001",
                        "action",
                        "next"));
        assertThat(limited.error()).contains("しばらくの間お客さま番号を登録できません");
    }

    @Test
    void aNumberLinkedToAnotherIdIsNotMovedAndItsOwnerIsTold() {
        CodeSteps.Account owner = CodeSteps.newAccount(admin, true);
        CodeSteps.Account intruder = CodeSteps.newAccount(admin, false);
        LoginClient client = new LoginClient(server);
        Outcome page = client.post(
                client.login(intruder.username(), CodeSteps.PASSWORD).page(), OFFER, Map.of("action", "start"));
        Outcome choice = client.post(
                page.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        owner.customerNumber(),
                        "birthDate",
                        "1990-02-03",
                        "postalCode",
                        "1000001",
                        "action",
                        "next"));
        Outcome refused = code(client, choice, owner.mobileE164());
        assertThat(refused.page().text()).contains("すでに別のOCN IDに登録されている");
        assertThat(admin.directory("GET", "/customers/" + owner.customerNumber(), null)
                        .json()
                        .get("ocnId")
                        .asText())
                .isEqualTo(owner.username());
        assertThat(mail.to(owner.username()))
                .anySatisfy(m -> assertThat(m.subject()).contains("登録が試みられました"));
        Outcome onwards = client.post(refused.page(), "form#mypage-link-elsewhere", Map.of("action", "later"));
        assertThat(onwards.signedIn()).as("次へ continues the sign-in, unlinked").isTrue();
    }

    @Test
    void whenTheRealmAllowsMovingTheCodeMovesTheNumberAndTellsThePreviousOwner() throws Exception {
        realm.set("mypage.link.allowMoveAfterCode", "true");
        CodeSteps.Account owner = CodeSteps.newAccount(admin, true);
        CodeSteps.Account newcomer = CodeSteps.newAccount(admin, false);
        LoginClient client = new LoginClient(server);
        Outcome page = client.post(
                client.login(newcomer.username(), CodeSteps.PASSWORD).page(), OFFER, Map.of("action", "start"));
        Outcome choice = client.post(
                page.page(),
                PROOF,
                Map.of(
                        "customerNumber",
                        owner.customerNumber(),
                        "birthDate",
                        "1990-02-03",
                        "kana",
                        "ﾆﾝｼｮｳ ｼｹﾝ",
                        "action",
                        "next"));
        assertThat(code(client, choice, owner.mobileE164()).signedIn()).isTrue();
        assertThat(admin.directory("GET", "/customers/" + owner.customerNumber(), null)
                        .json()
                        .get("ocnId")
                        .asText())
                .isEqualTo(newcomer.username());
        assertThat(mail.to(owner.username()))
                .anySatisfy(m -> assertThat(m.subject()).contains("登録が変更されました"));
    }

    private Outcome code(LoginClient client, Outcome choice, String toE164) {
        return CodeSteps.answerWithCode(client, choice, "0:SMS", twilio, toE164);
    }

    /** The proof form without the typed values and the per-request action URL. */
    private static String withoutTypedValues(Outcome outcome) {
        return outcome.page().selectFirst(PROOF).outerHtml().replaceAll("(value|action)=\"[^\"]*\"", "");
    }

    private static String toFullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append((char) (c - '0' + '０')));
        return s.toString();
    }
}
