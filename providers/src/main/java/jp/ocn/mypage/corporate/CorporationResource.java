package jp.ocn.mypage.corporate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.corporate.CorporateAudit.Actions;
import jp.ocn.mypage.customer.JsonResponses;
import org.keycloak.models.UserModel;

/**
 * One corporation, for its representative and 管理 members. The one permission check ({@link #open}): a caller who is
 * not a member of this corporation (another corporation, an individual customer, an unknown number) gets 404 and
 * learns nothing; a member without {@code manage} gets 403.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class CorporationResource {

    private static final int AUDIT_MAX = 1000;

    private final CorporateRequest request;
    private final Corporation corporation;
    private final CorporateMember caller;

    private CorporationResource(CorporateRequest request, Corporation corporation, CorporateMember caller) {
        this.request = request;
        this.corporation = corporation;
        this.caller = caller;
    }

    static CorporationResource open(CorporateRequest request, String customerNumber) {
        CorporateRequest.Membership membership = request.membership(customerNumber, Actions.ACCESS);
        if (!membership
                .member()
                .has(CorporateRole.MANAGE, request.corporations().now())) {
            throw request.refuse(
                    customerNumber,
                    null,
                    Actions.ACCESS,
                    null,
                    Response.Status.FORBIDDEN,
                    "forbidden",
                    "Corporate administration needs the manage role");
        }
        return new CorporationResource(request, membership.corporation(), membership.member());
    }

    @GET
    @Path("members")
    public Response members() {
        Corporations corporations = request.corporations();
        List<MemberView> members = corporations.members(corporation).stream()
                .map(m -> MemberView.of(request.session(), request.realm(), m, corporations.now()))
                .flatMap(Optional::stream)
                .toList();
        return JsonResponses.ok(Map.of("members", members));
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createMember(String body) {
        request.requireStepUp(corporation.customerNumber(), null, Actions.CREATE);
        return new MemberCreation(request, corporation, caller).create(body);
    }

    @Path("members/{ocnId}")
    public MemberResource member(@PathParam("ocnId") String ocnId) {
        UserModel user = ocnId == null ? null : request.session().users().getUserByUsername(request.realm(), ocnId);
        Optional<CorporateMember> target =
                user == null ? Optional.empty() : request.corporations().memberOf(corporation, user.getId());
        if (target.isEmpty()) {
            throw request.refuse(
                    corporation.customerNumber(),
                    ocnId,
                    Actions.ACCESS,
                    null,
                    Response.Status.NOT_FOUND,
                    "not_found",
                    "No such member of this corporation");
        }
        return new MemberResource(request, corporation, caller, user, target.get());
    }

    @GET
    @Path("approvals")
    public Response approvals() {
        List<ApprovalView> approvals =
                request
                        .corporations()
                        .accounts()
                        .pendingApprovals(request.realm(), corporation.customerNumber())
                        .stream()
                        .map(a -> ApprovalView.of(request.session(), request.realm(), a))
                        .toList();
        return JsonResponses.ok(Map.of("approvals", approvals));
    }

    @Path("approvals/{id}")
    public ApprovalResource approval(@PathParam("id") String id) {
        Optional<RoleApproval> approval =
                request.corporations().accounts().approval(request.realm(), corporation.customerNumber(), id);
        if (approval.isEmpty()) {
            throw request.refuse(
                    corporation.customerNumber(),
                    null,
                    Actions.APPROVE,
                    null,
                    Response.Status.NOT_FOUND,
                    "not_found",
                    "No such approval in this corporation");
        }
        return new ApprovalResource(request, corporation, caller, approval.get());
    }

    /** The audit log, newest first; {@code ?format=csv} as a UTF-8 CSV file with a BOM (so Excel reads it right). */
    @GET
    @Path("audit")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response audit(@QueryParam("format") String format) {
        List<AuditEntry> entries =
                request.corporations().accounts().audit(request.realm(), corporation.customerNumber(), AUDIT_MAX);
        if ("csv".equalsIgnoreCase(format)) {
            return Response.ok(AuditCsv.of(entries), "text/csv; charset=UTF-8")
                    .header(
                            "Content-Disposition",
                            "attachment; filename=\"audit-" + corporation.customerNumber() + ".csv\"")
                    .build();
        }
        return JsonResponses.ok(Map.of("entries", AuditCsv.json(entries)));
    }
}
