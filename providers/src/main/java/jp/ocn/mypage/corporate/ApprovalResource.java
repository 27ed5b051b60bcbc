package jp.ocn.mypage.corporate;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.ocn.mypage.corporate.CorporateAudit.Actions;
import jp.ocn.mypage.customer.JsonResponses;
import org.keycloak.models.UserModel;

/**
 * One pending role change: the second administrator (the representative or another 管理 member) approves or rejects
 * it. Nobody decides their own request, nor a grant to themselves (403).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class ApprovalResource {

    private final CorporateRequest request;
    private final Corporation corporation;
    private final CorporateMember caller;
    private final RoleApproval approval;

    ApprovalResource(CorporateRequest request, Corporation corporation, CorporateMember caller, RoleApproval approval) {
        this.request = request;
        this.corporation = corporation;
        this.caller = caller;
        this.approval = approval;
    }

    @POST
    @Path("approve")
    public Response approve() {
        String target = checkDecider(Actions.APPROVE);
        Corporations corporations = request.corporations();
        Optional<CorporateMember> now = corporations.accounts().userIdOf(request.realm(), approval.targetUserId());
        if (now.isEmpty()
                || !now.get().customerNumber().equals(corporation.customerNumber())
                || !now.get().roles().equals(approval.rolesBefore())) {
            throw refused(
                    target,
                    Actions.APPROVE,
                    Response.Status.CONFLICT,
                    "stale_request",
                    "The member's roles changed since this request; reject it and ask again");
        }
        if (RoleRules.breaksSeparationOfDuties(
                approval.rolesAfter(),
                now.get().activeDeputyUntil(corporations.now()) != null,
                corporations.separationOfDuties())) {
            throw request.separationOfDuties(corporation.customerNumber(), target, Actions.APPROVE, approval.reason());
        }
        return decided(target, Actions.APPROVE, RoleApproval.State.APPROVED, approval.rolesAfter(), "applied");
    }

    @POST
    @Path("reject")
    public Response reject() {
        String target = checkDecider(Actions.REJECT);
        return decided(target, Actions.REJECT, RoleApproval.State.REJECTED, null, "rejected");
    }

    /** Step-up, then the four-eyes rule; returns the target's OCN ID for the log. */
    private String checkDecider(String action) {
        UserModel targetUser = request.session().users().getUserById(request.realm(), approval.targetUserId());
        String target = targetUser == null ? null : targetUser.getUsername();
        request.requireStepUp(corporation.customerNumber(), target, action);
        if (caller.userId().equals(approval.requestedBy()) || caller.userId().equals(approval.targetUserId())) {
            throw refused(
                    target,
                    action,
                    Response.Status.FORBIDDEN,
                    "self_approval",
                    "A second administrator must decide: not the one who asked, nor the one it grants to");
        }
        return target;
    }

    /** Decides once (of two administrators at once only one counts), sets the roles (null: none) and logs it. */
    private Response decided(
            String target, String action, RoleApproval.State state, Set<CorporateRole> rolesAfter, String answer) {
        if (!request.corporations().accounts().decide(request.realm(), approval.id(), state, caller.userId())) {
            throw refused(
                    null,
                    Actions.APPROVE,
                    Response.Status.CONFLICT,
                    "already_decided",
                    "This request was decided already");
        }
        if (rolesAfter != null) {
            request.corporations().accounts().setRoles(request.realm(), approval.targetUserId(), rolesAfter);
        }
        request.audit()
                .done(
                        corporation.customerNumber(),
                        target,
                        action,
                        CorporateRole.format(approval.rolesBefore()),
                        CorporateRole.format(rolesAfter == null ? approval.rolesBefore() : rolesAfter),
                        approval.reason(),
                        CorporateAudit.SUCCESS);
        return JsonResponses.ok(Map.of("state", answer, "approvalId", approval.id()));
    }

    private RuntimeException refused(
            String target, String action, Response.Status status, String error, String description) {
        return request.refuse(
                corporation.customerNumber(), target, action, approval.reason(), status, error, description);
    }
}
