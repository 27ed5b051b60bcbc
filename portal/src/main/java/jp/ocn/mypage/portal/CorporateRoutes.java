package jp.ocn.mypage.portal;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.sdk.decision.BearerChallenge;
import jp.ocn.mypage.sdk.oidc.AuthorizationRequest;
import jp.ocn.mypage.sdk.oidc.OidcException;
import jp.ocn.mypage.sdk.oidc.OidcProvider;
import jp.ocn.mypage.sdk.oidc.Pkce;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import jp.ocn.mypage.sdk.token.MyPageTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ユーザー管理: the corporate administration pages over the login server's corporate API, with the signed-in user's
 * access token. A call the API answers 401 sends the browser through the authorization endpoint (RFC 9470's
 * {@code acr_values}/{@code max_age} when the API asked for a step-up, read by the SDK) and completes the call when it
 * comes back; a refusal is shown in Japanese on the form it came from.
 */
final class CorporateRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(CorporateRoutes.class);

    private final PortalConfig config;
    private final LoginServer loginServer;
    private final PortalSessions sessions;
    private final CorporateApi api;

    CorporateRoutes(PortalConfig config, LoginServer loginServer, PortalSessions sessions) {
        this.config = config;
        this.loginServer = loginServer;
        this.sessions = sessions;
        this.api = new CorporateApi(config.issuer());
    }

    void members(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        CorporateApi.Answer members = a == null ? null : read(ctx, a, "/members", "/corporate");
        if (members != null) {
            String notice = CorporateWords.NOTICES.get(
                    Optional.ofNullable(ctx.queryParam("notice")).orElse(""));
            PortalApp.html(ctx, 200, CorporatePages.members(a.corp(), members.list("members"), notice));
        }
    }

    void newMember(Context ctx) {
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        if (a != null) {
            PortalApp.html(ctx, 200, CorporatePages.createForm(a.csrf(), null, null));
        }
    }

    void member(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        String ocnId = Optional.ofNullable(ctx.queryParam("ocnId")).orElse("");
        CorporateApi.Answer members =
                a == null ? null : read(ctx, a, "/members", "/corporate/member?ocnId=" + CorporateApi.segment(ocnId));
        if (members != null) {
            Optional<Map<String, Object>> m = CorporateForms.find(members, ocnId);
            if (m.isEmpty()) {
                PortalApp.html(ctx, 404, Pages.error(CorporateWords.refusal(404, "not_found", "")));
            } else {
                PortalApp.html(ctx, 200, CorporatePages.rolesForm(a.csrf(), m.get(), null, null));
            }
        }
    }

    void approvals(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        CorporateApi.Answer list = a == null ? null : read(ctx, a, "/approvals", "/corporate/approvals");
        if (list != null) {
            String notice = CorporateWords.NOTICES.get(
                    Optional.ofNullable(ctx.queryParam("notice")).orElse(""));
            PortalApp.html(ctx, 200, CorporatePages.approvals(a.csrf(), list.list("approvals"), notice, null));
        }
    }

    void audit(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        CorporateApi.Answer log = a == null ? null : read(ctx, a, "/audit", "/corporate/audit");
        if (log != null) {
            PortalApp.html(ctx, 200, CorporatePages.audit(log.list("entries")));
        }
    }

    /** The API's CSV as it is (UTF-8 with BOM, so Excel opens it), as a download. */
    void auditCsv(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        CorporateApi.Answer csv = a == null ? null : read(ctx, a, "/audit?format=csv", "/corporate/audit");
        if (csv != null) {
            ctx.status(200)
                    .header("Cache-Control", "no-store")
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"audit-" + a.corp().customerNumber() + ".csv\"")
                    .contentType("text/csv; charset=UTF-8")
                    .result(csv.bytes());
        }
    }

    void create(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.ofForm(ctx, sessions);
        if (a == null) {
            return;
        }
        Map<String, String> typed = CorporateForms.typed(ctx, "name", "ocnId", "phone", "reason");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ocnId", typed.get("ocnId"));
        body.put("name", typed.get("name"));
        body.put("phone", typed.get("phone"));
        body.put("roles", CorporateForms.roles(typed));
        body.put("reason", typed.get("reason"));
        perform(ctx, a, new CorporateAction(CorporateAction.Kind.CREATE, "POST", "/members", body, typed));
    }

    void changeRoles(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.ofForm(ctx, sessions);
        if (a == null) {
            return;
        }
        Map<String, String> typed = CorporateForms.typed(ctx, "ocnId", "reason");
        String path = "/members/" + CorporateApi.segment(typed.get("ocnId")) + "/roles";
        Map<String, Object> body = Map.of("roles", CorporateForms.roles(typed), "reason", typed.get("reason"));
        perform(ctx, a, new CorporateAction(CorporateAction.Kind.ROLES, "PUT", path, body, typed));
    }

    void decide(Context ctx) throws OidcException {
        CorporateAdmin a = CorporateAdmin.ofForm(ctx, sessions);
        if (a == null) {
            return;
        }
        Map<String, String> typed = CorporateForms.typed(ctx, "id", "decision");
        String decision = typed.get("decision");
        if (!decision.equals("approve") && !decision.equals("reject")) {
            PortalApp.html(ctx, 400, Pages.error("操作を選んでください。"));
            return;
        }
        String path = "/approvals/" + CorporateApi.segment(typed.get("id")) + "/" + decision;
        perform(ctx, a, new CorporateAction(CorporateAction.Kind.DECIDE, "POST", path, null, typed));
    }

    /** Back from the login server: new tokens for the same user, then the call that waited for them. */
    void callback(Context ctx) throws OidcException {
        String browser = ctx.cookie(PortalApp.COOKIE);
        Optional<PortalSessions.Pending> pending =
                sessions.take(ctx.queryParam("state"), browser, PortalSessions.Purpose.CORPORATE);
        if (sessions.find(browser).isEmpty() || pending.isEmpty()) {
            ctx.redirect("/?notice=expired");
            return;
        }
        CorporateAction action = (CorporateAction) pending.get().resume();
        String code = ctx.queryParam("code");
        if (code != null) {
            LoginServer.Connected kc = loginServer.get();
            OidcProvider.Tokens tokens = kc.provider()
                    .exchangeCode(
                            code,
                            callbackUrl(),
                            pending.get().pkce().verifier(),
                            config.clientId(),
                            config.clientSecret());
            try {
                MyPagePrincipal who = kc.portalTokens()
                        .verifyIdToken(tokens.idToken(), pending.get().nonce());
                if (!sessions.renew(browser, who, tokens.idToken(), tokens.accessToken())) {
                    PortalApp.html(ctx, 403, Pages.error("ご本人確認ができませんでした。もう一度お試しください。"));
                    return;
                }
            } catch (MyPageTokenException e) {
                LOG.warn("ID token refused after step-up: {}", e.getMessage());
                PortalApp.html(ctx, 400, Pages.error("ご本人確認ができませんでした。もう一度お試しください。"));
                return;
            }
        }
        CorporateAdmin a = CorporateAdmin.of(ctx, sessions);
        if (a == null) {
            return;
        }
        if (action.kind() == CorporateAction.Kind.REVISIT && code != null) {
            ctx.redirect(action.path());
            return;
        }
        CorporateApi.Answer answer = code == null
                ? null
                : api.call(action.method(), a.corp().customerNumber(), action.path(), a.token(), action.body());
        if (answer == null || answer.status() == 401) {
            // Once only: a second 401 (or a cancelled code step) is shown, never another round trip.
            refuse(ctx, a, action, 401, CorporateWords.refusal(401, "step_up", ""));
            return;
        }
        answer(ctx, a, action, answer);
    }

    private void perform(Context ctx, CorporateAdmin a, CorporateAction action) throws OidcException {
        CorporateApi.Answer answer =
                api.call(action.method(), a.corp().customerNumber(), action.path(), a.token(), action.body());
        if (answer.status() == 401) {
            signInAgain(ctx, a, action, answer);
            return;
        }
        answer(ctx, a, action, answer);
    }

    /** Post/redirect/get on success, with a notice code; the form again with the refusal otherwise. */
    private void answer(Context ctx, CorporateAdmin a, CorporateAction action, CorporateApi.Answer answer)
            throws OidcException {
        if (!answer.ok()) {
            String message = CorporateWords.refusal(answer.status(), answer.error(), answer.errorDescription());
            refuse(ctx, a, action, answer.status() >= 500 ? 502 : answer.status(), message);
            return;
        }
        switch (action.kind()) {
            case CREATE -> {
                String notice = "pending".equals(answer.json().get("state"))
                        ? "created_pending"
                        : "failed".equals(answer.json().get("invitation")) ? "created_no_mail" : "created";
                ctx.redirect("/corporate?notice=" + notice);
            }
            case ROLES ->
                ctx.redirect("/corporate?notice=" + (answer.status() == 202 ? "roles_pending" : "roles_applied"));
            case DECIDE ->
                ctx.redirect("/corporate/approvals?notice="
                        + ("approve".equals(action.typed("decision")) ? "approved" : "rejected"));
            default -> ctx.redirect("/corporate");
        }
    }

    private void refuse(Context ctx, CorporateAdmin a, CorporateAction action, int status, String message)
            throws OidcException {
        switch (action.kind()) {
            case CREATE -> PortalApp.html(ctx, status, CorporatePages.createForm(a.csrf(), action, message));
            case ROLES -> {
                CorporateApi.Answer members = api.call("GET", a.corp().customerNumber(), "/members", a.token(), null);
                Optional<Map<String, Object>> m = CorporateForms.find(members, action.typed("ocnId"));
                PortalApp.html(
                        ctx,
                        status,
                        m.isPresent()
                                ? CorporatePages.rolesForm(a.csrf(), m.get(), action, message)
                                : Pages.error(message));
            }
            case DECIDE -> {
                CorporateApi.Answer list = api.call("GET", a.corp().customerNumber(), "/approvals", a.token(), null);
                PortalApp.html(
                        ctx,
                        status,
                        CorporatePages.approvals(
                                a.csrf(), list.ok() ? list.list("approvals") : List.of(), null, message));
            }
            default -> PortalApp.html(ctx, status, Pages.error(message));
        }
    }

    /** A read; null once the browser has been answered (sent to sign in again, or shown the refusal). */
    private CorporateApi.Answer read(Context ctx, CorporateAdmin a, String path, String page) throws OidcException {
        CorporateApi.Answer answer = api.call("GET", a.corp().customerNumber(), path, a.token(), null);
        if (answer.status() == 401) {
            signInAgain(ctx, a, CorporateAction.revisit(page), answer);
            return null;
        }
        if (!answer.ok()) {
            String message = CorporateWords.refusal(answer.status(), answer.error(), answer.errorDescription());
            PortalApp.html(ctx, answer.status() >= 500 ? 502 : answer.status(), Pages.error(message));
            return null;
        }
        return answer;
    }

    /** The authorization request that gets a token the API takes: with the step-up its challenge asks for, if any. */
    private void signInAgain(Context ctx, CorporateAdmin a, CorporateAction action, CorporateApi.Answer answer)
            throws OidcException {
        OidcProvider provider = loginServer.get().provider();
        Pkce pkce = Pkce.create();
        String nonce = Pkce.random();
        String state = sessions.expect(a.browser(), PortalSessions.Purpose.CORPORATE, nonce, pkce, action);
        AuthorizationRequest request = AuthorizationRequest.of(
                        provider.authorizationEndpoint(), config.clientId(), callbackUrl(), state, nonce, pkce)
                .param("ui_locales", "ja");
        BearerChallenge.stepUpAskedBy(answer.challenge().orElse(null)).ifPresent(request::stepUp);
        ctx.redirect(request.toUri().toString());
    }

    private String callbackUrl() {
        return config.baseUrl() + "/corporate/callback";
    }
}
