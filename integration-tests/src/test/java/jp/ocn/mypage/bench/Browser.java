package jp.ocn.mypage.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import jp.ocn.mypage.it.harness.CookieJar;
import jp.ocn.mypage.it.harness.JsonHttp;

/**
 * One fresh browser without JavaScript for one sign-in: a cookie jar of its own (the harness's, which keeps Keycloak's
 * Secure cookies for http://localhost as a browser does), redirects followed by
 * hand up to the application's callback, whose {@code code} ends the walk. The HTTP client is shared by all
 * virtual users, as a load generator shares its connections.
 */
final class Browser {

    /** An answered page, or the authorization code when the server redirected back to the application. */
    record Page(int status, URI uri, String body, String code) {}

    private final HttpClient http;
    private final String callback;
    private final CookieJar cookies = new CookieJar();

    Browser(HttpClient http, String callback) {
        this.http = http;
        this.callback = callback;
    }

    Page open(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()), 0);
    }

    Page submit(LoginForm form, Map<String, String> typed) {
        return follow(
                send(HttpRequest.newBuilder(form.action())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.form(form.with(typed))))),
                0);
    }

    /** A back-channel POST of a form (the token endpoint), without this browser's cookies. */
    HttpResponse<String> postForm(String url, Map<String, String> fields) {
        return exchange(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(JsonHttp.form(fields))));
    }

    /** The value of one query parameter of a URL, decoded; null when absent. */
    static String queryParameter(URI uri, String name) {
        if (uri.getRawQuery() == null) {
            return null;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private Page follow(HttpResponse<String> r, int hops) {
        if (r.statusCode() / 100 != 3) {
            return new Page(r.statusCode(), r.uri(), r.body(), null);
        }
        String location = r.headers().firstValue("Location").orElse("");
        if (location.startsWith(callback)) {
            URI back = URI.create(location);
            String code = queryParameter(back, "code");
            if (code == null) {
                throw new LoginForm.UnexpectedPage("back at the application without a code: " + location);
            }
            return new Page(r.statusCode(), back, "", code);
        }
        if (hops > 10) {
            throw new LoginForm.UnexpectedPage("redirect loop at " + location);
        }
        return follow(send(HttpRequest.newBuilder(r.uri().resolve(location)).GET()), hops + 1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.header());
        }
        HttpResponse<String> r = exchange(request.header("Accept-Language", "ja"));
        cookies.store(r);
        return r;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
