package jp.ocn.mypage.corporate;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.ocn.mypage.corporate.CorporateAudit.Actions;
import jp.ocn.mypage.identity.LoginId;
import jp.ocn.mypage.identity.LoginIdNormalizer;
import org.keycloak.models.UserModel;

/**
 * A new user ID (利用者ID): a Keycloak user with the OCN ID as username and mail, our row with its roles and own
 * mobile, membership of the corporation's organization, and Keycloak's own set-password mail (an execute-actions
 * action token) as the invitation. Roles that need a second administrator start as a pending request.
 */
final class MemberCreation {

    private static final int INVITATION_SECONDS = 72 * 3600;

    private final CorporateRequest request;
    private final Corporation corporation;
    private final CorporateMember caller;

    MemberCreation(CorporateRequest request, Corporation corporation, CorporateMember caller) {
        this.request = request;
        this.corporation = corporation;
        this.caller = caller;
    }

    Response create(String body) {
        RequestBody json = RequestBody.parse(body);
        LoginId ocnId = LoginIdNormalizer.parse(json.text("ocnId", LoginIdNormalizer.MAX_ID_LENGTH));
        if (!ocnId.kind().isMail()) {
            throw RequestBody.bad("invalid_request", "ocnId must be a mail address");
        }
        String name = json.text("name", 100);
        String phone = MemberMobile.e164(json.text("phone", 30))
                .orElseThrow(() -> RequestBody.bad("invalid_request", "phone must be a Japanese mobile number"));
        Set<CorporateRole> wanted = json.roles();
        String reason = json.reason();
        String cn = corporation.customerNumber();
        Corporations corporations = request.corporations();
        if (RoleRules.breaksSeparationOfDuties(wanted, false, corporations.separationOfDuties())) {
            throw request.separationOfDuties(cn, ocnId.value(), Actions.CREATE, reason);
        }
        if (request.session().users().getUserByUsername(request.realm(), ocnId.value()) != null) {
            throw request.refuse(
                    cn,
                    ocnId.value(),
                    Actions.CREATE,
                    reason,
                    Response.Status.CONFLICT,
                    "ocn_id_taken",
                    "This OCN ID is already in use");
        }
        boolean fourEyes = RoleRules.needsSecondAdministrator(Set.of(), wanted, caller.representative());
        Set<CorporateRole> now = EnumSet.noneOf(CorporateRole.class);
        wanted.stream()
                .filter(r -> !fourEyes || !CorporateRole.needsSecondAdministrator(r))
                .forEach(now::add);

        UserModel user = request.session().users().addUser(request.realm(), ocnId.value());
        user.setEmail(ocnId.value());
        user.setEmailVerified(true);
        // The user profile requires both names (else Keycloak asks at the first sign-in): 「山田 太郎」 splits in two.
        String[] parts = name.split("[\\s\u3000]+", 2);
        user.setLastName(parts[0]);
        user.setFirstName(parts.length == 2 ? parts[1] : parts[0]);
        user.setEnabled(true);
        corporations.accounts().addUserId(request.realm(), cn, user.getId(), now, phone);
        corporations.joinOrganization(corporation, user);
        request.audit()
                .done(cn, ocnId.value(), Actions.CREATE, "", CorporateRole.format(now), reason, CorporateAudit.SUCCESS);

        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ocnId", ocnId.value());
        answer.put("roles", now.stream().sorted().map(CorporateRole::apiName).toList());
        if (!now.equals(wanted)) {
            RoleApproval approval = corporations
                    .accounts()
                    .requestApproval(request.realm(), cn, user.getId(), caller.userId(), now, wanted, reason);
            request.audit()
                    .done(
                            cn,
                            ocnId.value(),
                            Actions.ROLES,
                            CorporateRole.format(now),
                            CorporateRole.format(wanted),
                            reason,
                            CorporateAudit.PENDING);
            answer.put("state", "pending");
            answer.put("approvalId", approval.id());
        } else {
            answer.put("state", "applied");
        }
        answer.put("invitation", MemberSignIn.sendPasswordMail(request, user, INVITATION_SECONDS) ? "sent" : "failed");
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer)
                .build();
    }
}
