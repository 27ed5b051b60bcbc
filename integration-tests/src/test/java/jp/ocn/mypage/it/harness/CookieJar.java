package jp.ocn.mypage.it.harness;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like cookie jar for one test server. The JDK's CookieManager never returns {@code Secure}
 * cookies over http, but browsers treat {@code http://localhost} as a secure context and do, and
 * Keycloak marks its login cookies Secure; so the tests keep cookies the way a browser would here.
 */
public final class CookieJar {

    private final Map<String, String> cookies = new LinkedHashMap<>();

    public synchronized void store(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            for (HttpCookie cookie : HttpCookie.parse(header)) {
                if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                    cookies.remove(cookie.getName());
                } else {
                    cookies.put(cookie.getName(), cookie.getValue());
                }
            }
        }
    }

    public synchronized String header() {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    public synchronized boolean isEmpty() {
        return cookies.isEmpty();
    }

    synchronized void remove(String name) {
        cookies.remove(name);
    }
}
