package jp.ocn.mypage.portal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Optional;
import jp.ocn.mypage.sdk.decision.Menu;
import jp.ocn.mypage.sdk.decision.MenuDecision;
import jp.ocn.mypage.sdk.decision.MenuPolicy;
import jp.ocn.mypage.sdk.principal.CorporateMembership;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/** The administrator behind a ユーザー管理 request: browser, session and corporation. */
record CorporateAdmin(String browser, PortalSessions.Session session, CorporateMembership corp) {

    String token() {
        return session.accessToken();
    }

    String csrf() {
        return session.csrf();
    }

    /** The signed-in user with ユーザー管理 (MenuPolicy); null once the browser has been answered. */
    static CorporateAdmin of(Context ctx, PortalSessions sessions) {
        String browser = ctx.cookie(PortalApp.COOKIE);
        Optional<PortalSessions.Session> session = sessions.find(browser);
        if (session.isEmpty()) {
            ctx.redirect("/login");
            return null;
        }
        MyPagePrincipal p = session.get().principal();
        MenuDecision d = MenuPolicy.decide(p, Menu.USER_ADMINISTRATION, Instant.now());
        if (!d.allowed() || p.corporate().isEmpty()) {
            PortalApp.html(ctx, 403, Pages.error(d.note()));
            return null;
        }
        return new CorporateAdmin(browser, session.get(), p.corporate().get());
    }

    /** As {@link #of}, for a form: the session's CSRF token must come with it. */
    static CorporateAdmin ofForm(Context ctx, PortalSessions sessions) {
        CorporateAdmin a = of(ctx, sessions);
        if (a == null) {
            return null;
        }
        String sent = Optional.ofNullable(ctx.formParam("csrf")).orElse("");
        if (!MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), a.csrf().getBytes(StandardCharsets.UTF_8))) {
            PortalApp.html(ctx, 403, Pages.error("もう一度トップページからお試しください。"));
            return null;
        }
        return a;
    }
}
