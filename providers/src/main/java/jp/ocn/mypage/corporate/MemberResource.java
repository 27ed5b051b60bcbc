package jp.ocn.mypage.corporate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import jp.ocn.mypage.corporate.CorporateAudit.Actions;
import jp.ocn.mypage.customer.JsonResponses;
import jp.ocn.mypage.customer.UserSessionsEnding;
import jp.ocn.mypage.sender.PhoneMask;
import org.keycloak.models.UserModel;

/**
 * One member of the corporation (the check that it is one was made by {@link CorporationResource#member}): what its
 * administrator sees when it cannot sign in, its roles, a deputy period, disabling a leaver, and the help to sign in
 * again (unlock, password reset, phone). The representative is protected: never demoted, never disabled here.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class MemberResource {

    /** A deputy covers an absence, not a permanent grant. */
    static final Duration DEPUTY_MAX = Duration.ofDays(90);

    private final CorporateRequest request;
    private final Corporation corporation;
    private final CorporateMember caller;
    private final UserModel user;
    private final CorporateMember target;

    MemberResource(
            CorporateRequest request,
            Corporation corporation,
            CorporateMember caller,
            UserModel user,
            CorporateMember target) {
        this.request = request;
        this.corporation = corporation;
        this.caller = caller;
        this.user = user;
        this.target = target;
    }

    /** The list's fields plus the second factor: the phone codes go to and whether codes reach it. */
    @GET
    public Response read() {
        return JsonResponses.ok(MemberDetails.of(request, corporation, target, user));
    }

    @PUT
    @Path("roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response roles(String body) {
        RequestBody json = changing(Actions.ROLES, body);
        Set<CorporateRole> after = json.roles();
        String reason = json.reason();
        protectRepresentative(Actions.ROLES, reason);
        Corporations corporations = request.corporations();
        if (RoleRules.breaksSeparationOfDuties(
                after, target.activeDeputyUntil(corporations.now()) != null, corporations.separationOfDuties())) {
            throw request.separationOfDuties(corporation.customerNumber(), user.getUsername(), Actions.ROLES, reason);
        }
        String before = CorporateRole.format(target.roles());
        if (RoleRules.needsSecondAdministrator(target.roles(), after, caller.representative())) {
            RoleApproval approval = corporations
                    .accounts()
                    .requestApproval(
                            request.realm(),
                            corporation.customerNumber(),
                            user.getId(),
                            caller.userId(),
                            target.roles(),
                            after,
                            reason);
            logged(Actions.ROLES, before, CorporateRole.format(after), reason, CorporateAudit.PENDING);
            return Response.status(Response.Status.ACCEPTED)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("state", "pending", "approvalId", approval.id()))
                    .build();
        }
        corporations.accounts().setRoles(request.realm(), user.getId(), after);
        logged(Actions.ROLES, before, CorporateRole.format(after), reason, CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("state", "applied"));
    }

    @POST
    @Path("deputy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deputy(String body) {
        RequestBody json = changing(Actions.DEPUTY, body);
        Instant until = json.instant("until");
        String reason = json.reason();
        Corporations corporations = request.corporations();
        Instant now = Instant.ofEpochMilli(corporations.now());
        if (!until.isAfter(now) || until.isAfter(now.plus(DEPUTY_MAX))) {
            throw RequestBody.bad("invalid_request", "until must be in the future and at most 90 days ahead");
        }
        protectRepresentative(Actions.DEPUTY, reason);
        if (RoleRules.breaksSeparationOfDuties(target.roles(), true, corporations.separationOfDuties())) {
            throw request.separationOfDuties(corporation.customerNumber(), user.getUsername(), Actions.DEPUTY, reason);
        }
        corporations.accounts().setDeputyUntil(request.realm(), user.getId(), until.toEpochMilli());
        String roles = roles();
        logged(Actions.DEPUTY, roles, roles + "+approve until " + until, reason, CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("ocnId", user.getUsername(), "deputyUntil", until.toString()));
    }

    /** A leaver: the ID is disabled (sign-in refused) and every session ends at once, offline ones too. */
    @POST
    @Path("disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response disable(String body) {
        String reason = changing(Actions.DISABLE, body).reason();
        protectRepresentative(Actions.DISABLE, reason);
        if (user.getId().equals(caller.userId())) {
            throw refused(Actions.DISABLE, reason, "self_disable", "Administrators cannot disable their own ID");
        }
        user.setEnabled(false);
        request.corporations().accounts().setDeputyUntil(request.realm(), user.getId(), null);
        int ended = UserSessionsEnding.endAll(request.session(), request.realm(), user);
        logged(Actions.DISABLE, roles(), roles(), reason, CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("ocnId", user.getUsername(), "state", "disabled", "sessionsEnded", ended));
    }

    /** Lifts a lockout (Keycloak's brute-force state of the account); a disabled leaver stays disabled. */
    @POST
    @Path("unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unlock(String body) {
        String reason = changing(Actions.UNLOCK, body).reason();
        MemberSignIn.unlock(request.session(), request.realm(), user);
        logged(Actions.UNLOCK, roles(), roles(), reason, CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of(
                "ocnId", user.getUsername(), "state", MemberView.state(request.session(), request.realm(), user)));
    }

    /** Keycloak's execute-actions mail (UPDATE_PASSWORD) to the member's own address. */
    @POST
    @Path("password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response passwordReset(String body) {
        String reason = changing(Actions.PASSWORD_RESET, body).reason();
        if (!user.isEnabled()) {
            throw refused(Actions.PASSWORD_RESET, reason, "member_disabled", "A disabled ID gets no password reset");
        }
        boolean sent =
                MemberSignIn.sendPasswordMail(request, user, request.realm().getActionTokenGeneratedByAdminLifespan());
        logged(Actions.PASSWORD_RESET, roles(), roles(), reason, sent ? CorporateAudit.SUCCESS : "mail_failed");
        return JsonResponses.ok(Map.of("ocnId", user.getUsername(), "mail", sent ? "sent" : "failed"));
    }

    /** A user ID's own mobile for codes (the representative's phones are the contract's contact phones). */
    @PUT
    @Path("phone")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response phone(String body) {
        RequestBody json = changing(Actions.PHONE, body);
        String phone = MemberMobile.e164(json.text("phone", 30))
                .orElseThrow(() -> RequestBody.bad("invalid_request", "phone must be a Japanese mobile number"));
        String reason = json.reason();
        protectRepresentative(Actions.PHONE, reason);
        request.corporations().accounts().setPhone(request.realm(), user.getId(), phone);
        logged(Actions.PHONE, roles(), roles(), reason, CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("ocnId", user.getUsername(), "phone", PhoneMask.mask(phone)));
    }

    /** Every change: step-up first (a refusal is logged), then the body. */
    private RequestBody changing(String action, String body) {
        request.requireStepUp(corporation.customerNumber(), user.getUsername(), action);
        return RequestBody.parse(body);
    }

    private String roles() {
        return CorporateRole.format(target.roles());
    }

    private void logged(String action, String before, String after, String reason, String result) {
        request.audit().done(corporation.customerNumber(), user.getUsername(), action, before, after, reason, result);
    }

    private RuntimeException refused(String action, String reason, String error, String description) {
        return request.refuse(
                corporation.customerNumber(),
                user.getUsername(),
                action,
                reason,
                Response.Status.CONFLICT,
                error,
                description);
    }

    private void protectRepresentative(String action, String reason) {
        if (target.representative()) {
            throw refused(
                    action,
                    reason,
                    "representative_protected",
                    "The representative holds every role and cannot be changed, demoted or disabled here");
        }
    }
}
