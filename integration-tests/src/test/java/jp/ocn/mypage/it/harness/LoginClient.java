package jp.ocn.mypage.it.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * Drives the login pages over HTTP the way a browser without JavaScript does: authorization-code flow
 * with PKCE for client {@code mypage-portal}, its own cookie jar, redirects followed by hand so the final
 * redirect to the application (with the code) can be read.
 */
public final class LoginClient {

    public static final String CLIENT_ID = "mypage-portal";
    public static final String CLIENT_SECRET = "mypage-portal-secret";
    public static final String REDIRECT_URI = "http://localhost:8500/callback";
    public static final String DEMO_PASSWORD = "Mypage-Demo-2026";

    private final KeycloakServer server;
    private final HttpClient http;
    private final CookieJar cookies;
    private final String verifier;
    private final String locale;
    private final String clientId;
    private final String clientSecret;
    private volatile String forwardedFor;
    private volatile String userAgent;

    /** A page the server answered with, or the code when it redirected back to the application. */
    public record Outcome(int status, Document page, String code, long millis, String body) {
        public boolean signedIn() {
            return code != null;
        }

        /** The error shown for the login field, or the page's general error message. */
        public String error() {
            if (page == null) {
                return "";
            }
            Element field = page.selectFirst(
                    "#input-error-username, #input-error, [id^=input-error-], .kc-feedback-text, #kc-error-message, .pf-v5-c-alert__title, .alert-error");
            return field == null ? "" : field.text().trim();
        }
    }

    public LoginClient(KeycloakServer server) {
        this(server, "ja");
    }

    public LoginClient(KeycloakServer server, String locale) {
        this(server, locale, CLIENT_ID, CLIENT_SECRET);
    }

    public LoginClient(KeycloakServer server, String locale, String clientId, String clientSecret) {
        this(server, locale, clientId, clientSecret, new CookieJar());
    }

    private LoginClient(KeycloakServer server, String locale, String clientId, String clientSecret, CookieJar cookies) {
        this.cookies = cookies;
        this.server = server;
        this.locale = locale;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.verifier = TokenEndpoint.newVerifier();
    }

    /** Another application in the same browser: same cookies (so the same SSO session), another client. */
    public LoginClient forClient(String otherClientId, String otherSecret) {
        return new LoginClient(server, locale, otherClientId, otherSecret, cookies);
    }

    /** Opens the authorization endpoint and returns the login page. */
    public Document openLoginPage() {
        Outcome o = authorize("");
        if (o.page() == null) {
            throw new AssertionError("no login page");
        }
        return o.page();
    }

    /**
     * Starts an authorization request with extra query text (e.g. {@code &acr_values=2}); with a session
     * cookie this may come straight back with a code, or show whatever page the flow asks for.
     */
    public Outcome authorize(String extraQuery) {
        return authorizeWithScope("openid", extraQuery);
    }

    /** As {@link #authorize(String)} with another scope, e.g. {@code "openid offline_access"} for an offline token. */
    public Outcome authorizeWithScope(String scope, String extraQuery) {
        String url = server.realmUrl() + "/protocol/openid-connect/auth?response_type=code&scope="
                + JsonHttp.enc(scope).replace("+", "%20")
                + "&client_id=" + clientId + "&redirect_uri=" + JsonHttp.enc(REDIRECT_URI)
                + "&state=s" + System.nanoTime() + "&code_challenge_method=S256&code_challenge="
                + TokenEndpoint.challenge(verifier)
                + "&ui_locales=" + locale + extraQuery;
        return follow(get(url), 0);
    }

    /** Opens a link (e.g. from a page or a mail) in this browser and follows it. */
    public Outcome open(String url) {
        return follow(get(url), 0);
    }

    /** Submits a form of the page with the given fields (hidden fields kept) and follows the answer. */
    public Outcome post(Document page, String formSelector, Map<String, String> values) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("no form " + formSelector + " on page: " + page.title() + "\n" + page.text());
        }
        Map<String, String> fields = new LinkedHashMap<>(values);
        for (Element hidden : form.select("input[type=hidden]")) {
            fields.putIfAbsent(hidden.attr("name"), hidden.val());
        }
        return submitForm(form, fields);
    }

    /**
     * Clicks a submit button as a browser without JavaScript does: its form's fields as the page holds them (text,
     * hidden, checked boxes and radios, selected options, via jsoup's {@link FormElement#formData()}), what the
     * customer typed over them, and the button's own name and value; follows the answer.
     */
    public Outcome click(Document page, String buttonId, Map<String, String> typed) {
        Element button = page.getElementById(buttonId);
        if (button == null || !(button.closest("form") instanceof FormElement form)) {
            throw new AssertionError(
                    "no button #" + buttonId + " in a form on page: " + page.title() + "\n" + page.text());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().forEach(field -> fields.putIfAbsent(field.key(), field.value()));
        form.select("input[type=submit][name]")
                .forEach(other -> fields.remove(other.attr("name"))); // only the clicked one
        fields.putAll(typed);
        if (button.hasAttr("name")) {
            fields.put(button.attr("name"), button.val());
        }
        return submitForm(form, fields);
    }

    private Outcome submitForm(Element form, Map<String, String> fields) {
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.form(fields))));
        long millis = (System.nanoTime() - start) / 1_000_000;
        Outcome o = follow(r, 0);
        return new Outcome(o.status(), o.page(), o.code(), millis, o.body());
    }

    /** Opens the login page, fills in the form and submits it. */
    public Outcome login(String username, String password) {
        return submit(openLoginPage(), username, password);
    }

    public Outcome submit(Document page, String username, String password) {
        return post(page, "form#kc-form-login", Map.of("username", username, "password", password));
    }

    /**
     * Closes seed 003's security notice when the outcome shows it (閉じる without 今後表示しない, so the account
     * keeps seeing it), and returns what follows; any other outcome is returned as it is.
     */
    public Outcome closeSecurityNotice(Outcome outcome) {
        return answerIfShown(outcome, "form#mypage-notice-form", "close");
    }

    /** Answers 後で変更する when the outcome is the password-age prompt (e.g. demo account hanako). */
    public Outcome laterForPasswordAge(Outcome outcome) {
        return answerIfShown(outcome, "form#mypage-password-age-form", "later");
    }

    /** Answers 後で登録する when the outcome is the linking offer (accounts without a customer number). */
    public Outcome laterForLinkOffer(Outcome outcome) {
        return answerIfShown(outcome, "form#mypage-link-offer", "later");
    }

    private Outcome answerIfShown(Outcome outcome, String form, String action) {
        if (outcome.page() == null || outcome.page().selectFirst(form) == null) {
            return outcome;
        }
        return post(outcome.page(), form, Map.of("action", action));
    }

    /** Exchanges the code for tokens (confidential client, PKCE verifier). */
    public JsonNode tokens(String code) {
        return new TokenEndpoint(server, clientId, clientSecret).exchange(code, REDIRECT_URI, verifier);
    }

    /** The refresh-token grant; the reply as it came (200 with new tokens, or 400 with a JSON error). */
    public JsonHttp.Reply refresh(String refreshToken) {
        return new TokenEndpoint(server, clientId, clientSecret).refresh(refreshToken);
    }

    /** Signs in and returns the token response. */
    public JsonNode signIn(String username, String password) {
        Outcome o = login(username, password);
        if (!o.signedIn()) {
            throw new AssertionError("sign-in failed for " + username + ": " + o.status() + " " + o.error());
        }
        return tokens(o.code());
    }

    public static JWTClaimsSet claims(String jwt) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet();
        } catch (ParseException e) {
            throw new AssertionError("not a JWT: " + jwt, e);
        }
    }

    private Outcome follow(HttpResponse<String> r, int hops) {
        if (r.statusCode() / 100 == 3) {
            String location = r.headers().firstValue("Location").orElseThrow();
            if (location.startsWith(REDIRECT_URI)) {
                URI uri = URI.create(location);
                // Back at the application: with a code, or with an error such as access_denied (body: the URL).
                return new Outcome(r.statusCode(), null, query(uri, "code"), 0, location);
            }
            if (hops > 10) {
                throw new AssertionError("redirect loop at " + location);
            }
            return follow(get(r.uri().resolve(location).toString()), hops + 1);
        }
        Document page = Jsoup.parse(r.body(), r.uri().toString());
        return new Outcome(r.statusCode(), page, null, 0, r.body());
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Sends {@code X-Forwarded-For} with every request from now on, as a client would that spoofs its address. */
    public LoginClient forwardedFor(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** Sends this {@code User-Agent} with every request from now on, as that browser would (login history). */
    public LoginClient userAgent(String agent) {
        this.userAgent = agent;
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        if (userAgent != null) {
            b.setHeader("User-Agent", userAgent);
        }
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.header());
        }
        try {
            HttpResponse<String> r = http.send(
                    b.timeout(Duration.ofSeconds(60))
                            .header("Accept-Language", locale)
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            cookies.store(r);
            return r;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String query(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return null;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
