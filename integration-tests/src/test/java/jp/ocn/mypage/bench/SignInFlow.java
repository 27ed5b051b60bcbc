package jp.ocn.mypage.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.ocn.mypage.it.harness.CodeSteps;
import jp.ocn.mypage.it.harness.JsonHttp;
import jp.ocn.mypage.it.harness.LoginClient;
import jp.ocn.mypage.sdk.oidc.Pkce;
import jp.ocn.mypage.testsupport.TwilioStub;

/**
 * One complete browser sign-in as keycloak-benchmark's {@code AuthorizationCode} scenario walks it: the authorization
 * endpoint (PKCE), the login form, optionally a code by SMS (level 2: choose the mobile, read the code the Twilio stub
 * received, enter it), the redirect back with the code, and the code exchanged at the token endpoint.
 */
final class SignInFlow {

    private static final String LOGIN_FORM = "form#kc-form-login";

    private final String realmUrl;
    private final String clientId;
    private final String clientSecret;
    private final TwilioStub smsCodes;

    /** {@code smsCodes} null: password only; otherwise level 2 with a code read back from this stub. */
    SignInFlow(String realmUrl, String clientId, String clientSecret, TwilioStub smsCodes) {
        this.realmUrl = realmUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.smsCodes = smsCodes;
    }

    /** Signs this account in with a fresh browser; throws when any step answers something else than expected. */
    void signIn(HttpClient http, CodeSteps.Account account) {
        Browser browser = new Browser(http, LoginClient.REDIRECT_URI);
        Pkce pkce = Pkce.create();
        Browser.Page login = browser.open(realmUrl + "/protocol/openid-connect/auth?response_type=code&scope=openid"
                + "&client_id=" + JsonHttp.enc(clientId) + "&redirect_uri=" + JsonHttp.enc(LoginClient.REDIRECT_URI)
                + "&state=b" + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE)
                + "&code_challenge_method=S256&code_challenge=" + pkce.challenge()
                + (smsCodes != null ? "&acr_values=2" : ""));
        Browser.Page after = browser.submit(
                form(login, LOGIN_FORM), Map.of("username", account.username(), "password", CodeSteps.PASSWORD));
        if (after.code() == null && after.status() == 200) {
            // Keycloak's stock browser flow on a realm with organizations (ours has them for corporate accounts)
            // is identity-first: the username on one page, then the password on the next.
            LoginForm password = LoginForm.parseIfPresent(after.body(), after.uri(), LOGIN_FORM);
            if (password != null && password.asks("password") && !password.asks("username")) {
                after = browser.submit(password, Map.of("password", CodeSteps.PASSWORD));
            }
        }
        if (smsCodes != null) {
            after = enterSmsCode(browser, after, account.mobileE164());
        }
        if (after.code() == null) {
            throw new LoginForm.UnexpectedPage("no code after sign-in, page: " + LoginForm.describe(after.body()));
        }
        HttpResponse<String> tokens = browser.postForm(
                realmUrl + "/protocol/openid-connect/token",
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        after.code(),
                        "redirect_uri",
                        LoginClient.REDIRECT_URI,
                        "client_id",
                        clientId,
                        "client_secret",
                        clientSecret,
                        "code_verifier",
                        pkce.verifier()));
        if (tokens.statusCode() != 200) {
            throw new LoginForm.UnexpectedPage("token endpoint: " + tokens.statusCode() + " " + tokens.body());
        }
    }

    private Browser.Page enterSmsCode(Browser browser, Browser.Page choice, String mobile) {
        long before = CodeSteps.countSentTo(smsCodes, mobile);
        Browser.Page entry =
                browser.submit(form(choice, CodeSteps.CHOOSE), Map.of("target", "0:SMS", "action", "send"));
        LoginForm enter = form(entry, CodeSteps.ENTER);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (CodeSteps.countSentTo(smsCodes, mobile) <= before && System.nanoTime() < deadline) {
            sleep(5);
        }
        return browser.submit(enter, Map.of("code", CodeSteps.lastCode(smsCodes, mobile), "action", "verify"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static LoginForm form(Browser.Page page, String selector) {
        if (page.code() != null) {
            throw new LoginForm.UnexpectedPage("signed in before " + selector);
        }
        return LoginForm.parse(page.body(), page.uri(), selector);
    }
}
