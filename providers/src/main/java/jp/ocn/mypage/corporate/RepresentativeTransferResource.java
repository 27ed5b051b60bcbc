package jp.ocn.mypage.corporate;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.ocn.mypage.corporate.CorporateAudit.Actions;
import jp.ocn.mypage.customer.JsonResponses;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;

/**
 * Handing the representative (代表ID) to a user ID of the same corporation, in two steps: the representative names the
 * member ({@code POST}), the named member accepts with their own token ({@code POST accept}); both need step-up. Only
 * at the acceptance do the rights move, in one transaction, so the corporation has exactly one representative at
 * every moment. The pending transfer lives in Keycloak's single-use object store (cluster-wide; taking it is atomic,
 * so it is accepted once) for {@link #PENDING_SECONDS}; a new one replaces it.
 *
 * <p>The one permission check: a caller outside the corporation 404; naming is the representative's alone (403);
 * accepting is the named member's alone (404 for everyone else: there is no transfer for them).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class RepresentativeTransferResource {

    static final int PENDING_SECONDS = 72 * 3600;
    /** What the former representative keeps: it stays an administrator until the new one decides otherwise. */
    static final Set<CorporateRole> FORMER_REPRESENTATIVE_ROLES = EnumSet.of(CorporateRole.VIEW, CorporateRole.MANAGE);

    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String REASON = "reason";

    private final CorporateRequest request;
    private final Corporation corporation;
    private final CorporateMember caller;

    private RepresentativeTransferResource(CorporateRequest request, Corporation corporation, CorporateMember caller) {
        this.request = request;
        this.corporation = corporation;
        this.caller = caller;
    }

    static RepresentativeTransferResource open(CorporateRequest request, String customerNumber) {
        CorporateRequest.Membership membership = request.membership(customerNumber, Actions.TRANSFER);
        return new RepresentativeTransferResource(request, membership.corporation(), membership.member());
    }

    /** The representative names its successor {@code {"ocnId","reason"}}: 202, pending the successor's acceptance. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response offer(String body) {
        String cn = corporation.customerNumber();
        if (!caller.representative()) {
            throw request.refuse(
                    cn,
                    null,
                    Actions.TRANSFER,
                    null,
                    Response.Status.FORBIDDEN,
                    "representative_only",
                    "Only the representative hands on the representative");
        }
        request.requireStepUp(cn, null, Actions.TRANSFER);
        RequestBody json = RequestBody.parse(body);
        String ocnId = json.text("ocnId", 254);
        String reason = json.reason();
        UserModel successor = request.session().users().getUserByUsername(request.realm(), ocnId);
        Optional<CorporateMember> member =
                successor == null ? Optional.empty() : request.corporations().memberOf(corporation, successor.getId());
        if (member.isEmpty()) {
            throw refused(ocnId, reason, Response.Status.NOT_FOUND, "not_found", "No such member of this corporation");
        }
        if (member.get().representative() || !successor.isEnabled()) {
            throw refused(
                    ocnId,
                    reason,
                    Response.Status.CONFLICT,
                    "invalid_successor",
                    "The successor must be an enabled user ID of this corporation");
        }
        store().put(key(), PENDING_SECONDS, Map.of(FROM, caller.userId(), TO, successor.getId(), REASON, reason));
        String roles = CorporateRole.format(member.get().roles());
        request.audit().done(cn, ocnId, Actions.TRANSFER, roles, "representative", reason, CorporateAudit.PENDING);
        return Response.status(Response.Status.ACCEPTED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("state", "pending", "ocnId", successor.getUsername()))
                .build();
    }

    /** The named member accepts: it becomes the representative, the former one a user ID with view and manage. */
    @POST
    @Path("accept")
    public Response accept() {
        String cn = corporation.customerNumber();
        String me = request.caller().getUsername();
        Map<String, String> pending = store().get(key());
        if (pending == null || !caller.userId().equals(pending.get(TO))) {
            throw refused(me, null, Response.Status.NOT_FOUND, "not_found", "No representative transfer names you");
        }
        request.requireStepUp(cn, me, Actions.TRANSFER_ACCEPT);
        String reason = pending.get(REASON);
        // Taken once: of two acceptances at once only one finds it.
        pending = store().remove(key());
        if (pending == null
                || !caller.userId().equals(pending.get(TO))
                || !pending.get(FROM).equals(corporation.representativeUserId())
                || caller.representative()) {
            throw refused(
                    me,
                    reason,
                    Response.Status.CONFLICT,
                    "stale_request",
                    "The representative changed since this transfer was asked; ask again");
        }
        UserModel former = request.session().users().getUserById(request.realm(), pending.get(FROM));
        String rolesBefore = CorporateRole.format(caller.roles());
        request.corporations().moveRepresentative(corporation, caller, former);
        request.audit()
                .done(cn, me, Actions.TRANSFER_ACCEPT, rolesBefore, "representative", reason, CorporateAudit.SUCCESS);
        if (former != null) {
            request.audit()
                    .done(
                            cn,
                            former.getUsername(),
                            Actions.TRANSFER_ACCEPT,
                            "representative",
                            CorporateRole.format(FORMER_REPRESENTATIVE_ROLES),
                            reason,
                            CorporateAudit.SUCCESS);
        }
        return JsonResponses.ok(Map.of("state", "applied", "representative", me));
    }

    private SingleUseObjectProvider store() {
        return request.session().getProvider(SingleUseObjectProvider.class);
    }

    private String key() {
        return "mypage-corp-transfer:" + request.realm().getId() + ":" + corporation.customerNumber();
    }

    private RuntimeException refused(
            String target, String reason, Response.Status status, String error, String description) {
        return request.refuse(
                corporation.customerNumber(), target, Actions.TRANSFER, reason, status, error, description);
    }
}
