package jp.ocn.mypage.portal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.sdk.decision.Menu;
import jp.ocn.mypage.sdk.decision.MenuDecision;
import jp.ocn.mypage.sdk.decision.MenuPolicy;
import jp.ocn.mypage.sdk.oidc.OidcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The demo portal: Javalin routes over the SDK. {@link #start(PortalConfig)} serves it; {@link #stop()} ends it. */
public final class PortalApp {

    static final String COOKIE = "MYPAGE_PORTAL";
    private static final Logger LOG = LoggerFactory.getLogger(PortalApp.class);

    /** Notices the pages show, by code: never text from the query string itself. */
    private static final Map<String, String> NOTICES = Map.of(
            "signed_out", "ログアウトしました。",
            "denied", "ログインが完了しませんでした。もう一度お試しください。",
            "expired", "操作の有効期限が切れました。もう一度お試しください。",
            "session_ended", "ほかの画面でログアウトされたため、もう一度ログインしてください。");

    private final Javalin javalin;
    private final PortalSessions sessions = new PortalSessions();

    private PortalApp(PortalConfig config) {
        LoginServer loginServer = new LoginServer(config);
        SignInRoutes signIn = new SignInRoutes(config, loginServer, sessions);
        CallDetailsRoutes callDetails = new CallDetailsRoutes(config, loginServer, sessions);
        CorporateRoutes corporate = new CorporateRoutes(config, loginServer, sessions);
        this.javalin = Javalin.create(cfg -> cfg.showJavalinBanner = false)
                .get("/", this::top)
                .get("/signed-out", ctx -> html(ctx, 200, Pages.welcome(NOTICES.get("signed_out"))))
                .get("/menu/{menu}", this::menu)
                .get("/login", signIn::login)
                .get("/link", signIn::link)
                .get("/daccount/{action}", signIn::daccount)
                .get("/callback", signIn::callback)
                .post("/logout", signIn::logout)
                .post("/backchannel-logout", signIn::backChannelLogout)
                .get("/call-details", callDetails::start)
                .get("/call-details/callback", callDetails::callback)
                .get("/corporate", corporate::members)
                .get("/corporate/new", corporate::newMember)
                .get("/corporate/member", corporate::member)
                .get("/corporate/approvals", corporate::approvals)
                .get("/corporate/audit", corporate::audit)
                .get("/corporate/audit.csv", corporate::auditCsv)
                .get("/corporate/callback", corporate::callback)
                .post("/corporate/members", corporate::create)
                .post("/corporate/roles", corporate::changeRoles)
                .post("/corporate/approvals/decide", corporate::decide)
                .exception(OidcException.class, (e, ctx) -> {
                    LOG.warn("login server call failed: {}", e.getMessage());
                    html(ctx, 502, Pages.error("ログインサーバーに接続できません。しばらくしてからお試しください。"));
                })
                .exception(Exception.class, (e, ctx) -> {
                    LOG.error("unexpected error", e);
                    html(ctx, 500, Pages.error("エラーが発生しました。しばらくしてからお試しください。"));
                });
    }

    /** Starts the portal on the configured port (0: a free one) of {@code localhost}. */
    public static PortalApp start(PortalConfig config) {
        PortalApp app = new PortalApp(config);
        app.javalin.start("localhost", config.port());
        return app;
    }

    public int port() {
        return javalin.port();
    }

    public void stop() {
        javalin.stop();
    }

    private void top(Context ctx) {
        String notice =
                NOTICES.get(Optional.ofNullable(ctx.queryParam("notice")).orElse(""));
        Optional<PortalSessions.Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            html(ctx, 200, Pages.welcome(notice));
            return;
        }
        html(ctx, 200, Pages.top(session.get(), Instant.now(), notice));
    }

    private void menu(Context ctx) {
        Optional<PortalSessions.Session> session = sessions.find(ctx.cookie(COOKIE));
        if (session.isEmpty()) {
            ctx.redirect("/login");
            return;
        }
        Menu menu;
        try {
            menu = Menu.valueOf(ctx.pathParam("menu"));
        } catch (IllegalArgumentException e) {
            html(ctx, 404, Pages.error("このメニューはありません。"));
            return;
        }
        MenuDecision d = MenuPolicy.decide(session.get().principal(), menu, Instant.now());
        if (d.allowed() && menu == Menu.USER_ADMINISTRATION) {
            ctx.redirect("/corporate");
            return;
        }
        html(ctx, d.allowed() ? 200 : 403, d.allowed() ? Pages.menu(d) : Pages.error(d.note()));
    }

    static void html(Context ctx, int status, String page) {
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("text/html; charset=UTF-8")
                .result(page);
    }

    /** The browser cookie: HttpOnly, SameSite=Lax (the login server's redirect back is a top-level GET). */
    static void setBrowser(Context ctx, String browser) {
        ctx.header("Set-Cookie", COOKIE + "=" + browser + "; Path=/; HttpOnly; SameSite=Lax");
    }

    static void clearBrowser(Context ctx) {
        ctx.header("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
    }
}
