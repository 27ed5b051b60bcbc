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

    /**
     * A signed-in browser: who, the ID token (for RP-initiated logout), the access token (for the APIs the portal
     * calls on the user's behalf, e.g. corporate administration) and a CSRF token for its forms.
     */
    record Session(MyPagePrincipal principal, String idToken, String accessToken, String csrf) {}

    /** What to do when the login server sends the browser back. */
    enum Purpose {
        SIGN_IN,
        CALL_DETAILS,
        /** A corporate administration call that needed a fresh sign-in (step-up or an expired token). */
        CORPORATE
    }

    /** One authorization request in flight, bound to the browser that started it. */
    record Pending(String browser, Purpose purpose, String nonce, Pkce pkce, Instant started, Object resume) {}

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    Optional<Session> find(String browser) {
        return browser == null ? Optional.empty() : Optional.ofNullable(sessions.get(browser));
    }

    /** Stores a new session under a new browser ID and returns that ID (the caller sets it as the cookie). */
    String start(String oldBrowser, MyPagePrincipal principal, String idToken, String accessToken) {
        if (oldBrowser != null) {
            sessions.remove(oldBrowser);
        }
        String browser = Pkce.random();
        sessions.put(browser, new Session(principal, idToken, accessToken, Pkce.random()));
        return browser;
    }

    /**
     * New tokens for the same user after a step-up or a renewed sign-in: the browser ID and the CSRF token stay (the
     * forms already open keep working). Returns false, changing nothing, when the tokens are someone else's.
     */
    boolean renew(String browser, MyPagePrincipal principal, String idToken, String accessToken) {
        Session now = find(browser).orElse(null);
        if (now == null || !now.principal().subject().equals(principal.subject())) {
            return false;
        }
        return sessions.replace(browser, now, new Session(principal, idToken, accessToken, now.csrf()));
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
        return expect(browser, purpose, nonce, pkce, null);
    }

    /** As {@link #expect(String, Purpose, String, Pkce)}, with what to do once the browser is back. */
    String expect(String browser, Purpose purpose, String nonce, Pkce pkce, Object resume) {
        Instant now = Instant.now();
        pending.values().removeIf(p -> p.started().plus(PENDING_LIFETIME).isBefore(now));
        String state = Pkce.random();
        pending.put(state, new Pending(browser, purpose, nonce, pkce, now, resume));
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
