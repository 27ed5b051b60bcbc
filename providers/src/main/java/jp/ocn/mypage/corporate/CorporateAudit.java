package jp.ocn.mypage.corporate;

import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.common.ClientConnection;
import org.keycloak.common.util.Time;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.AdminEventBuilder;

/**
 * Writes a corporation's audit log (read by its representative and 管理 members) and, for operators, a Keycloak
 * admin event of the same thing (resource type {@code MYPAGE_CORPORATE}, path {@code corporations/{number}[/members/
 * {ocnId}]}, details {@code mypage_corporate}, {@code mypage_corporate_result}, {@code mypage_corporate_request}).
 * A change's row is written in the change's own transaction (both or neither); a refusal's row in a transaction of
 * its own, so that it stays although the request ends in an error.
 */
final class CorporateAudit {

    static final String RESOURCE_TYPE = "MYPAGE_CORPORATE";

    static final String SUCCESS = "success";
    static final String PENDING = "pending";
    static final String STEP_UP_REQUIRED = "step_up_required";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AdminAuth actor;
    private final String requestId;

    CorporateAudit(KeycloakSession session, RealmModel realm, AdminAuth actor, String requestId) {
        this.session = session;
        this.realm = realm;
        this.actor = actor;
        this.requestId = requestId;
    }

    /** A change or a read that went through (or is pending a second administrator). */
    void done(
            String customerNumber,
            String target,
            String action,
            String before,
            String after,
            String reason,
            String result) {
        write(session, realm, customerNumber, entry(target, action, before, after, reason, result));
    }

    void refused(String customerNumber, String actorName, String target, String action, String reason, String error) {
        AuditEntry entry = new AuditEntry(
                Time.currentTimeMillis(), actorName, target, action, null, null, reason, error, requestId);
        ClientConnection connection = session.getContext().getConnection();
        KeycloakModelUtils.runJobInTransaction(session.getKeycloakSessionFactory(), own -> {
            RealmModel ownRealm = own.realms().getRealm(realm.getId());
            own.getContext().setRealm(ownRealm);
            own.getProvider(CorporateAccountsProvider.class).appendAudit(ownRealm, customerNumber, entry);
            adminEvent(own, ownRealm, connection, customerNumber, entry);
        });
    }

    private AuditEntry entry(String target, String action, String before, String after, String reason, String result) {
        return new AuditEntry(
                Time.currentTimeMillis(),
                actor.getUser().getUsername(),
                target,
                action,
                before,
                after,
                reason,
                result,
                requestId);
    }

    private void write(KeycloakSession s, RealmModel r, String customerNumber, AuditEntry entry) {
        s.getProvider(CorporateAccountsProvider.class).appendAudit(r, customerNumber, entry);
        adminEvent(s, r, session.getContext().getConnection(), customerNumber, entry);
    }

    private void adminEvent(
            KeycloakSession s, RealmModel r, ClientConnection connection, String customerNumber, AuditEntry entry) {
        AdminAuth auth = new AdminAuth(r, actor.getToken(), actor.getUser(), actor.getClient());
        AdminEventBuilder event = new AdminEventBuilder(r, auth, s, connection)
                .resource(RESOURCE_TYPE)
                .operation(operation(entry))
                .detail(MyPageDetails.CORPORATE_ACTION, entry.action())
                .detail(MyPageDetails.CORPORATE_RESULT, entry.result())
                .detail(MyPageDetails.CORPORATE_REQUEST, entry.requestId());
        if (entry.target() == null) {
            event.resourcePath("corporations", customerNumber);
        } else {
            event.resourcePath("corporations", customerNumber, "members", entry.target());
        }
        event.success();
    }

    private static OperationType operation(AuditEntry entry) {
        if (!SUCCESS.equals(entry.result()) && !PENDING.equals(entry.result())) {
            return OperationType.ACTION;
        }
        return switch (entry.action()) {
            case Actions.CREATE -> OperationType.CREATE;
            case Actions.ROLES,
                    Actions.DEPUTY,
                    Actions.DEPUTY_ENDED,
                    Actions.DISABLE,
                    Actions.APPROVE,
                    Actions.REJECT,
                    Actions.UNLOCK,
                    Actions.PHONE,
                    Actions.TRANSFER,
                    Actions.TRANSFER_ACCEPT -> OperationType.UPDATE;
            default -> OperationType.ACTION;
        };
    }

    /** The actions of the audit log. */
    static final class Actions {
        static final String MEMBERS_READ = "members_read";
        static final String CREATE = "create";
        static final String ROLES = "roles";
        static final String DEPUTY = "deputy";
        static final String DEPUTY_ENDED = "deputy_ended";
        static final String DISABLE = "disable";
        static final String APPROVALS_READ = "approvals_read";
        static final String APPROVE = "approve";
        static final String REJECT = "reject";
        static final String AUDIT_READ = "audit_read";
        static final String ACCESS = "access";
        static final String UNLOCK = "unlock";
        static final String PASSWORD_RESET = "password_reset";
        static final String PHONE = "phone";
        static final String TRANSFER = "representative_transfer";
        static final String TRANSFER_ACCEPT = "representative_accept";

        private Actions() {}
    }
}
