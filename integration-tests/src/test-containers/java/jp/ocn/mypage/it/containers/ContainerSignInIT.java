package jp.ocn.mypage.it.containers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.Fixtures;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.it.harness.MyPageContainerExtension;
import jp.ocn.mypage.it.harness.MyPageContainerExtension.ContainerAddresses;
import jp.ocn.mypage.testsupport.TwilioStub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Real sign-ins against Keycloak and PostgreSQL in containers (profile {@code testcontainers}; skipped without a
 * Docker engine): our providers and realm-config are loaded there as in the process harness, and a code goes out
 * through the Twilio stub on this machine. Never the only proof of anything: the process harness is the default.
 */
@Testcontainers(disabledWithoutDocker = true)
// Each test has an account and phones of its own: one code per number, so the resend cooldown never matters.
@ExtendWith(MyPageContainerExtension.class)
class ContainerSignInIT {

    private final Fixtures fx;
    private final ContainerAddresses addresses;

    ContainerSignInIT(Fixtures fx, ContainerAddresses addresses) {
        this.fx = fx;
        this.addresses = addresses;
    }

    @Test
    void aCustomerSignsInWithAPasswordAndGetsTokensOfTheMyPageRealm() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        JsonNode tokens = fx.tokens(account);
        JWTClaimsSet claims = LoginClient.claims(tokens.get("id_token").asText());
        assertThat(claims.getIssuer()).isEqualTo(fx.server().realmUrl());
        assertThat(claims.getStringListClaim("amr")).contains("pwd");
    }

    @Test
    void aCodeSentThroughTheTwilioStubOnTheHostCompletesASignInAtLevelTwo() throws Exception {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient browser = fx.browser();
        LoginClient.Outcome choice = CodeSteps.stepUpChoice(browser, account);
        LoginClient.Outcome done =
                CodeSteps.answerWithCode(browser, choice, "0:SMS", fx.twilio(), account.mobileE164());
        assertThat(done.signedIn()).as(done.body()).isTrue();
        TwilioStub.Recorded sms = CodeSteps.lastSentTo(fx.twilio(), account.mobileE164());
        assertThat(sms.isSms()).isTrue();
        JWTClaimsSet claims =
                LoginClient.claims(browser.tokens(done.code()).get("id_token").asText());
        assertThat(claims.getStringClaim("acr")).isEqualTo("2");
        assertThat(claims.getStringListClaim("amr")).contains("pwd", "otp", "sms");
    }

    @Test
    void aWrongPasswordIsRefusedWithTheJapaneseMessageOfOurTheme() {
        CodeSteps.Account account = CodeSteps.newAccount(fx.admin());
        LoginClient.Outcome refused = fx.browser().login(account.username(), "Wrong-Password-1");
        assertThat(refused.signedIn()).isFalse();
        assertThat(refused.error()).contains("正しくありません");
    }

    @Test
    void theManagementPortAnswersReadyWithOurMetrics() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> ready = http.send(
                HttpRequest.newBuilder(URI.create(addresses.managementUrl() + "/health/ready"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = http.send(
                HttpRequest.newBuilder(URI.create(addresses.managementUrl() + "/metrics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.body()).contains("keycloak_user_events_total");
    }
}
