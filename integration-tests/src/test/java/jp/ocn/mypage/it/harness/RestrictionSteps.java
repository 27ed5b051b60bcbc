package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

/**
 * The login restriction (ログイン制限) as tests set it up: accounts whose customer lists the networks of its OCN line,
 * and a browser or token client at a client address the server believes (through {@link TrustedProxyRelay}).
 */
public final class RestrictionSteps {

    /**
     * The test line's networks, an address in each and one outside both. Private ranges: Keycloak asks a public
     * address for HTTPS (realm {@code sslRequired} {@code external}), and the test server speaks plain HTTP.
     */
    public static final List<String> LINE_NETWORKS = List.of("10.77.0.0/16", "fd00:77::/32");

    public static final String LINE_V4 = "10.77.3.45";
    public static final String LINE_V6 = "fd00:77:1::45";
    public static final String OUTSIDE = "192.168.200.7";
    /** User attribute of the setting (as the action and the gate read it). */
    public static final String ATTRIBUTE = "mypage.loginRestriction";
    /** The refusal page at sign-in. */
    public static final String REFUSAL = "#mypage-login-restricted-message";

    private RestrictionSteps() {}

    /** A fresh account whose customer lists the test line's networks; the restriction is still off. */
    public static CodeSteps.Account accountOnTheLine(AdminApi admin) {
        CodeSteps.Account account = CodeSteps.newAccount(admin, true);
        JsonHttp.Reply r = admin.directory(
                "PATCH",
                "/customers/" + account.customerNumber(),
                JsonHttp.json(Map.of("lineNetworks", LINE_NETWORKS)));
        if (r.status() != 200) {
            throw new AssertionError("patch: " + r.status() + " " + r.body());
        }
        return account;
    }

    /** A fresh account on the test line that has turned the restriction on. */
    public static CodeSteps.Account restrictedAccount(AdminApi admin) {
        CodeSteps.Account account = accountOnTheLine(admin);
        admin.setUserAttributes(admin.userId(account.username()), Map.of(ATTRIBUTE, List.of("true")));
        return account;
    }

    /** Whether the account's restriction is on, as stored. */
    public static boolean restricted(AdminApi admin, CodeSteps.Account account) {
        JsonNode user = admin.get("/users/" + admin.userId(account.username()));
        return "true".equals(user.path("attributes").path(ATTRIBUTE).path(0).asText(null));
    }

    /**
     * A fresh browser at {@code clientAddress}: requests go through the trusted proxy with that address in
     * {@code X-Forwarded-For} (it must go through {@link #authorize} to reach the trusted proxy).
     */
    public static LoginClient browserAt(KeycloakServer server, String clientAddress) {
        return new LoginClient(server).forwardedFor(clientAddress);
    }

    /** Opens the authorization endpoint through the relay (extra query e.g. {@code &kc_action=...}). */
    public static LoginClient.Outcome authorize(LoginClient browser, KeycloakServer server, String extraQuery) {
        return authorize(browser, server, LoginClient.CLIENT_ID, extraQuery);
    }

    /** As {@link #authorize(LoginClient, KeycloakServer, String)} for another client. */
    public static LoginClient.Outcome authorize(
            LoginClient browser, KeycloakServer server, String clientId, String extraQuery) {
        return browser.open(TrustedProxyRelay.in(server).realmUrl()
                + "/protocol/openid-connect/auth?response_type=code&scope=openid&client_id=" + clientId
                + "&redirect_uri=" + JsonHttp.enc(LoginClient.REDIRECT_URI) + "&state=s" + System.nanoTime()
                + "&ui_locales=ja" + extraQuery);
    }

    /** Signs in with {@link CodeSteps#PASSWORD} through the relay at the browser's address: where it ends. */
    public static LoginClient.Outcome signIn(LoginClient browser, KeycloakServer server, CodeSteps.Account account) {
        return signIn(browser, server, LoginClient.CLIENT_ID, account);
    }

    /** As {@link #signIn(LoginClient, KeycloakServer, CodeSteps.Account)} to another client. */
    public static LoginClient.Outcome signIn(
            LoginClient browser, KeycloakServer server, String clientId, CodeSteps.Account account) {
        LoginClient.Outcome login = authorize(browser, server, clientId, "");
        if (login.page() == null || login.page().selectFirst("form#kc-form-login") == null) {
            throw new AssertionError("no login page: " + login.body());
        }
        return browser.submit(login.page(), account.username(), CodeSteps.PASSWORD);
    }

    /** The code-to-token exchange through the relay, as the client's server at {@code clientAddress} sends it. */
    public static JsonHttp.Reply tokens(KeycloakServer server, String code, String clientAddress) {
        return tokens(server, LoginClient.CLIENT_ID, LoginClient.CLIENT_SECRET, code, clientAddress);
    }

    /** As {@link #tokens(KeycloakServer, String, String)} for another client. */
    public static JsonHttp.Reply tokens(
            KeycloakServer server, String clientId, String secret, String code, String clientAddress) {
        return tokenRequest(
                server,
                clientAddress,
                Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        LoginClient.REDIRECT_URI,
                        "client_id",
                        clientId,
                        "client_secret",
                        secret));
    }

    /** The refresh grant through the relay, sent from {@code clientAddress}. */
    public static JsonHttp.Reply refresh(KeycloakServer server, String refreshToken, String clientAddress) {
        return tokenRequest(
                server,
                clientAddress,
                Map.of(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        refreshToken,
                        "client_id",
                        LoginClient.CLIENT_ID,
                        "client_secret",
                        LoginClient.CLIENT_SECRET));
    }

    /** Any grant (its form fields, client credentials included) through the relay, sent from {@code clientAddress}. */
    public static JsonHttp.Reply tokenRequest(KeycloakServer server, String clientAddress, Map<String, String> form) {
        return JsonHttp.send(HttpRequest.newBuilder(
                        URI.create(TrustedProxyRelay.in(server).realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.form(form))));
    }
}
