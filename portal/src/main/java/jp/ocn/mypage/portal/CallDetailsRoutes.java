package jp.ocn.mypage.portal;

import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.ocn.mypage.sdk.decision.Menu;
import jp.ocn.mypage.sdk.decision.MenuDecision;
import jp.ocn.mypage.sdk.decision.MenuPolicy;
import jp.ocn.mypage.sdk.decision.StepUpRequirement;
import jp.ocn.mypage.sdk.oidc.AuthorizationRequest;
import jp.ocn.mypage.sdk.oidc.OidcException;
import jp.ocn.mypage.sdk.oidc.OidcProvider;
import jp.ocn.mypage.sdk.oidc.Pkce;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.MyPageTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 通話明細: a fresh code every time. Each visit goes through client {@code mypage-call-details} (flow {@code mypage
 * browser fresh code}: level 2 with max age 0, so the SSO cookie spares the password but never the code); the page
 * is shown only from the ID token that answer brings back (same user, level 2, just issued), and nothing of it is
 * kept, so the next visit asks again.
 */
final class CallDetailsRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(CallDetailsRoutes.class);
    private static final Duration FRESH = Duration.ofMinutes(2);

    private final PortalConfig config;
    private final LoginServer loginServer;
    private final PortalSessions sessions;

    CallDetailsRoutes(PortalConfig config, LoginServer loginServer, PortalSessions sessions) {
        this.config = config;
        this.loginServer = loginServer;
        this.sessions = sessions;
    }

    void start(Context ctx) throws OidcException {
        String browser = ctx.cookie(PortalApp.COOKIE);
        Optional<PortalSessions.Session> session = sessions.find(browser);
        if (session.isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        MenuDecision billing = MenuPolicy.decide(session.get().principal(), Menu.BILLING, Instant.now());
        if (!billing.allowed()) {
            PortalApp.html(ctx, 403, Pages.error(billing.note()));
            return;
        }
        OidcProvider provider = loginServer.get().provider();
        Pkce pkce = Pkce.create();
        String nonce = Pkce.random();
        String state = sessions.expect(browser, PortalSessions.Purpose.CALL_DETAILS, nonce, pkce);
        ctx.redirect(AuthorizationRequest.of(
                        provider.authorizationEndpoint(),
                        config.callDetailsClientId(),
                        config.callDetailsRedirect(),
                        state,
                        nonce,
                        pkce)
                .stepUp(StepUpRequirement.CALL_DETAILS)
                .param("ui_locales", "ja")
                .toUri()
                .toString());
    }

    void callback(Context ctx) throws OidcException {
        String browser = ctx.cookie(PortalApp.COOKIE);
        Optional<PortalSessions.Session> session = sessions.find(browser);
        Optional<PortalSessions.Pending> pending =
                sessions.take(ctx.queryParam("state"), browser, PortalSessions.Purpose.CALL_DETAILS);
        if (session.isEmpty() || pending.isEmpty()) {
            ctx.redirect("/?notice=expired");
            return;
        }
        String code = ctx.queryParam("code");
        if (code == null) {
            ctx.redirect("/?notice=denied");
            return;
        }
        LoginServer.Connected kc = loginServer.get();
        OidcProvider.Tokens tokens = kc.provider()
                .exchangeCode(
                        code,
                        config.callDetailsRedirect(),
                        pending.get().pkce().verifier(),
                        config.callDetailsClientId(),
                        config.callDetailsClientSecret());
        MyPagePrincipal stepped;
        try {
            stepped = kc.callDetailsTokens()
                    .verifyIdToken(tokens.idToken(), pending.get().nonce());
        } catch (MyPageTokenException e) {
            LOG.warn("call-details ID token refused: {}", e.getMessage());
            PortalApp.html(ctx, 400, Pages.error("ご本人確認ができませんでした。もう一度お試しください。"));
            return;
        }
        Instant now = Instant.now();
        if (!stepped.subject().equals(session.get().principal().subject())
                || stepped.level() < StepUpRequirement.CALL_DETAILS.level()
                || stepped.issuedAt().isBefore(now.minus(FRESH))) {
            PortalApp.html(ctx, 403, Pages.error("ご本人確認ができませんでした。もう一度お試しください。"));
            return;
        }
        PortalApp.html(ctx, 200, Pages.callDetails(stepped));
    }
}
