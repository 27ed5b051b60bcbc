package jp.ocn.mypage.portal;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import jp.ocn.mypage.sdk.oidc.AuthorizationRequest;
import jp.ocn.mypage.sdk.oidc.OidcException;
import jp.ocn.mypage.sdk.oidc.OidcProvider;
import jp.ocn.mypage.sdk.oidc.Pkce;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.LogoutRequest;
import jp.ocn.mypage.sdk.token.MyPageTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in through {@code mypage-portal} (code flow, PKCE, state bound to the browser, nonce), customer-number
 * linking ({@code kc_action}), RP-initiated logout and back-channel logout.
 */
final class SignInRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRoutes.class);

    private final PortalConfig config;
    private final LoginServer loginServer;
    private final PortalSessions sessions;

    SignInRoutes(PortalConfig config, LoginServer loginServer, PortalSessions sessions) {
        this.config = config;
        this.loginServer = loginServer;
        this.sessions = sessions;
    }

    void login(Context ctx) throws OidcException {
        redirectToLoginServer(ctx, null);
    }

    /** The linking offer: the login server's own required action, started by the portal. */
    void link(Context ctx) throws OidcException {
        if (sessions.find(ctx.cookie(PortalApp.COOKIE)).isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        redirectToLoginServer(ctx, "mypage-link-customer");
    }

    /**
     * dアカウント: {@code link} starts Keycloak's {@code idp_link:daccount}, {@code unlink} the login server's
     * {@code mypage-daccount-unlink} (it asks for a code first unless this sign-in reached level 2).
     */
    void daccount(Context ctx) throws OidcException {
        String action = ctx.pathParam("action");
        if (sessions.find(ctx.cookie(PortalApp.COOKIE)).isEmpty() || !action.matches("link|unlink")) {
            ctx.redirect("/login");
            return;
        }
        redirectToLoginServer(ctx, action.equals("link") ? "idp_link:daccount" : "mypage-daccount-unlink");
    }

    private void redirectToLoginServer(Context ctx, String kcAction) throws OidcException {
        OidcProvider provider = loginServer.get().provider();
        String browser = ctx.cookie(PortalApp.COOKIE);
        if (browser == null) {
            browser = Pkce.random();
            PortalApp.setBrowser(ctx, browser);
        }
        Pkce pkce = Pkce.create();
        String nonce = Pkce.random();
        String state = sessions.expect(browser, PortalSessions.Purpose.SIGN_IN, nonce, pkce);
        AuthorizationRequest request = AuthorizationRequest.of(
                        provider.authorizationEndpoint(),
                        config.clientId(),
                        config.signInRedirect(),
                        state,
                        nonce,
                        pkce)
                .param("ui_locales", "ja");
        if (kcAction != null) {
            request.param("kc_action", kcAction);
        }
        ctx.redirect(request.toUri().toString());
    }

    void callback(Context ctx) throws OidcException {
        String browser = ctx.cookie(PortalApp.COOKIE);
        Optional<PortalSessions.Pending> pending =
                sessions.take(ctx.queryParam("state"), browser, PortalSessions.Purpose.SIGN_IN);
        if (pending.isEmpty()) {
            ctx.redirect("/?notice=expired");
            return;
        }
        String code = ctx.queryParam("code");
        if (code == null) {
            // access_denied and the like: a user who was signed in stays so (e.g. linking put off)
            ctx.redirect(sessions.find(browser).isPresent() ? "/" : "/?notice=denied");
            return;
        }
        LoginServer.Connected kc = loginServer.get();
        OidcProvider.Tokens tokens = kc.provider()
                .exchangeCode(
                        code,
                        config.signInRedirect(),
                        pending.get().pkce().verifier(),
                        config.clientId(),
                        config.clientSecret());
        MyPagePrincipal who;
        try {
            who = kc.portalTokens()
                    .verifyIdToken(tokens.idToken(), pending.get().nonce());
        } catch (MyPageTokenException e) {
            LOG.warn("ID token refused: {}", e.getMessage());
            PortalApp.html(ctx, 400, Pages.error("ログインを確認できませんでした。もう一度お試しください。"));
            return;
        }
        PortalApp.setBrowser(ctx, sessions.start(browser, who, tokens.idToken(), tokens.accessToken()));
        ctx.redirect("/");
    }

    /** ログアウト: ends the portal's session, then the login server's (RP-initiated logout). */
    void logout(Context ctx) throws OidcException {
        String browser = ctx.cookie(PortalApp.COOKIE);
        Optional<PortalSessions.Session> session = sessions.find(browser);
        if (session.isEmpty()) {
            ctx.redirect("/");
            return;
        }
        if (!session.get().csrf().equals(ctx.formParam("csrf"))) {
            PortalApp.html(ctx, 403, Pages.error("もう一度トップページからお試しください。"));
            return;
        }
        sessions.end(browser);
        PortalApp.clearBrowser(ctx);
        URI endSession = loginServer
                .get()
                .provider()
                .endSessionUri(session.get().idToken(), config.clientId(), config.baseUrl() + "/signed-out");
        ctx.redirect(endSession.toString());
    }

    /** OIDC Back-Channel Logout: the login server ended a session elsewhere; end ours for it. */
    void backChannelLogout(Context ctx) throws OidcException {
        ctx.header("Cache-Control", "no-store");
        String token = ctx.formParam("logout_token");
        try {
            LogoutRequest request = loginServer.get().logoutTokens().verify(token);
            int ended = sessions.end(request);
            LOG.info("back-channel logout ended {} portal session(s)", ended);
            ctx.status(200);
        } catch (MyPageTokenException e) {
            LOG.warn("logout token refused: {}", e.getMessage());
            ctx.status(400)
                    .contentType("application/json")
                    .result("{\"error\":\"invalid_request\",\"error_description\":\"logout token refused\"}");
        }
    }
}
