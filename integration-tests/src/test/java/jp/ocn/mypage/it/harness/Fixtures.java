package jp.ocn.mypage.it.harness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jp.ocn.mypage.testsupport.TwilioStub;

/** What an integration test talks to, injected as one constructor parameter by {@link MyPageServerExtension}. */
public record Fixtures(KeycloakServer server, AdminApi admin, TwilioStub twilio, MailCatcher mail) {

    /** A fresh browser (cookies of its own) on the test server, asking for Japanese pages. */
    public LoginClient browser() {
        return new LoginClient(server);
    }

    /** A test account signs in with {@link CodeSteps#PASSWORD} in a fresh browser: the page it ends on. */
    public LoginClient.Outcome login(CodeSteps.Account account) {
        return browser().login(account.username(), CodeSteps.PASSWORD);
    }

    /** A fresh browser in which a test account has signed in with {@link CodeSteps#PASSWORD}. */
    public LoginClient signedIn(CodeSteps.Account account) {
        LoginClient browser = browser();
        LoginClient.Outcome outcome = browser.login(account.username(), CodeSteps.PASSWORD);
        assertThat(outcome.signedIn()).as(outcome.body()).isTrue();
        return browser;
    }

    /** A test account's tokens, from a sign-in with {@link CodeSteps#PASSWORD} in a fresh browser. */
    public JsonNode tokens(CodeSteps.Account account) {
        return browser().signIn(account.username(), CodeSteps.PASSWORD);
    }
}
