package jp.ocn.mypage.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.ocn.mypage.sdk.oidc.Pkce;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.LogoutRequest;

/**
 * The portal's own sessions (in memory: a demo) and its authorization requests in flight. A browser is known by a
 * random cookie value; a sign-in gives it a new one (no session fixation). Sessions remember the login server's
 * {@code sid} so a back-channel logout can find them.
 */
final class PortalSessions {

    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    /** A signed-in browser: who, the ID token (for RP-initiated logout) and a CSRF token for its forms. */
    record Session(MyPagePrincipal principal, String idToken, String csrf) {}

    /** What to do when the login server sends the browser back. */
    enum Purpose {
        SIGN_IN,
        CALL_DETAILS
    }

    /** One authorization request in flight, bound to the browser that started it. */
    record Pending(String browser, Purpose purpose, String nonce, Pkce pkce, Instant started) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    Optional<Session> find(String browser) {
        return browser == null ? Optional.empty() : Optional.ofNullable(sessions.get(browser));
    }

    /** Stores a new session under a new browser ID and returns that ID (the caller sets it as the cookie). */
    String start(String oldBrowser, MyPagePrincipal principal, String idToken) {
        if (oldBrowser != null) {
            sessions.remove(oldBrowser);
        }
        String browser = Pkce.random();
        sessions.put(browser, new Session(principal, idToken, Pkce.random()));
        return browser;
    }

    void end(String browser) {
        if (browser != null) {
            sessions.remove(browser);
        }
    }

    /** Ends every session a verified logout token names; returns how many. */
    int end(LogoutRequest request) {
        int before = sessions.size();
        sessions.values()
                .removeIf(s -> request.ends(
                        s.principal().sessionId().orElse(null), s.principal().subject()));
        return before - sessions.size();
    }

    /** Remembers a request and returns its {@code state}. */
    String expect(String browser, Purpose purpose, String nonce, Pkce pkce) {
        Instant now = Instant.now();
        pending.values().removeIf(p -> p.started().plus(PENDING_LIFETIME).isBefore(now));
        String state = Pkce.random();
        pending.put(state, new Pending(browser, purpose, nonce, pkce, now));
        return state;
    }

    /** The request a callback answers: once only, same browser, same purpose, not too old. */
    Optional<Pending> take(String state, String browser, Purpose purpose) {
        Pending p = state == null ? null : pending.remove(state);
        if (p == null
                || !p.browser().equals(browser)
                || p.purpose() != purpose
                || p.started().plus(PENDING_LIFETIME).isBefore(Instant.now())) {
            return Optional.empty();
        }
        return Optional.of(p);
    }
}
