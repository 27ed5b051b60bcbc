package jp.ocn.mypage.corporate;

import jakarta.ws.rs.Consumes;
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
import org.keycloak.models.UserModel;

/**
 * One member of the corporation (the check that it is one was made by {@link CorporationResource#member}): its roles,
 * a deputy period, disabling a leaver. The representative is protected: never demoted, never disabled here.
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

    @PUT
    @Path("roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response roles(String body) {
        String cn = corporation.customerNumber();
        request.requireStepUp(cn, user.getUsername(), Actions.ROLES);
        RequestBody json = RequestBody.parse(body);
        Set<CorporateRole> after = json.roles();
        String reason = json.reason();
        protectRepresentative(Actions.ROLES, reason);
        Corporations corporations = request.corporations();
        long now = corporations.now();
        if (RoleRules.breaksSeparationOfDuties(
                after, target.activeDeputyUntil(now) != null, corporations.separationOfDuties())) {
            throw separationOfDuties(Actions.ROLES, reason);
        }
        String before = CorporateRole.format(target.roles());
        if (RoleRules.needsSecondAdministrator(target.roles(), after, caller.representative())) {
            RoleApproval approval = corporations
                    .accounts()
                    .requestApproval(request.realm(), cn, user.getId(), caller.userId(), target.roles(), after, reason);
            request.audit()
                    .done(
                            cn,
                            user.getUsername(),
                            Actions.ROLES,
                            before,
                            CorporateRole.format(after),
                            reason,
                            CorporateAudit.PENDING);
            return Response.status(Response.Status.ACCEPTED)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("state", "pending", "approvalId", approval.id()))
                    .build();
        }
        corporations.accounts().setRoles(request.realm(), user.getId(), after);
        request.audit()
                .done(
                        cn,
                        user.getUsername(),
                        Actions.ROLES,
                        before,
                        CorporateRole.format(after),
                        reason,
                        CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("state", "applied"));
    }

    @POST
    @Path("deputy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deputy(String body) {
        String cn = corporation.customerNumber();
        request.requireStepUp(cn, user.getUsername(), Actions.DEPUTY);
        RequestBody json = RequestBody.parse(body);
        Instant until = json.instant("until");
        String reason = json.reason();
        Corporations corporations = request.corporations();
        Instant now = Instant.ofEpochMilli(corporations.now());
        if (!until.isAfter(now) || until.isAfter(now.plus(DEPUTY_MAX))) {
            throw RequestBody.bad("invalid_request", "until must be in the future and at most 90 days ahead");
        }
        protectRepresentative(Actions.DEPUTY, reason);
        if (RoleRules.breaksSeparationOfDuties(target.roles(), true, corporations.separationOfDuties())) {
            throw separationOfDuties(Actions.DEPUTY, reason);
        }
        corporations.accounts().setDeputyUntil(request.realm(), user.getId(), until.toEpochMilli());
        String roles = CorporateRole.format(target.roles());
        request.audit()
                .done(
                        cn,
                        user.getUsername(),
                        Actions.DEPUTY,
                        roles,
                        roles + "+approve until " + until,
                        reason,
                        CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("ocnId", user.getUsername(), "deputyUntil", until.toString()));
    }

    /** A leaver: the ID is disabled (sign-in refused) and every session ends at once, offline ones too. */
    @POST
    @Path("disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response disable(String body) {
        String cn = corporation.customerNumber();
        request.requireStepUp(cn, user.getUsername(), Actions.DISABLE);
        String reason = RequestBody.parse(body).reason();
        protectRepresentative(Actions.DISABLE, reason);
        if (user.getId().equals(caller.userId())) {
            throw request.refuse(
                    cn,
                    user.getUsername(),
                    Actions.DISABLE,
                    reason,
                    Response.Status.CONFLICT,
                    "self_disable",
                    "Administrators cannot disable their own ID");
        }
        user.setEnabled(false);
        request.corporations().accounts().setDeputyUntil(request.realm(), user.getId(), null);
        int ended = UserSessionsEnding.endAll(request.session(), request.realm(), user);
        String roles = CorporateRole.format(target.roles());
        request.audit().done(cn, user.getUsername(), Actions.DISABLE, roles, roles, reason, CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("ocnId", user.getUsername(), "state", "disabled", "sessionsEnded", ended));
    }

    private void protectRepresentative(String action, String reason) {
        if (target.representative()) {
            throw request.refuse(
                    corporation.customerNumber(),
                    user.getUsername(),
                    action,
                    reason,
                    Response.Status.CONFLICT,
                    "representative_protected",
                    "The representative holds every role and cannot be changed, demoted or disabled here");
        }
    }

    private RuntimeException separationOfDuties(String action, String reason) {
        return request.refuse(
                corporation.customerNumber(),
                user.getUsername(),
                action,
                reason,
                Response.Status.CONFLICT,
                "separation_of_duties",
                "Nobody may hold apply and approve at once");
    }
}
