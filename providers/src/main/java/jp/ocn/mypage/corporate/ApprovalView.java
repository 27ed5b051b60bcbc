package jp.ocn.mypage.corporate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A pending role change as the approvals list shows it. */
// design.md lists null values (lastSignIn, deputyUntil): written, not left out as Keycloak's mapper would.
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApprovalView(
        String id,
        String ocnId,
        String requestedBy,
        List<String> rolesBefore,
        List<String> rolesAfter,
        String reason,
        String requestedAt) {

    static ApprovalView of(KeycloakSession session, RealmModel realm, RoleApproval a) {
        return new ApprovalView(
                a.id(),
                username(session, realm, a.targetUserId()),
                username(session, realm, a.requestedBy()),
                a.rolesBefore().stream().sorted().map(CorporateRole::apiName).toList(),
                a.rolesAfter().stream().sorted().map(CorporateRole::apiName).toList(),
                a.reason(),
                Instant.ofEpochMilli(a.createdAt()).toString());
    }

    private static String username(KeycloakSession session, RealmModel realm, String userId) {
        UserModel user = session.users().getUserById(realm, userId);
        return user == null ? null : user.getUsername();
    }
}
