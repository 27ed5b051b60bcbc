package jp.ocn.mypage.corporate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/**
 * Our tables of corporate accounts: user IDs with their roles, own mobile and deputy end, pending role approvals and
 * the append-only audit log. Membership itself is also kept in Keycloak's organizations ({@link Corporations}).
 */
public interface CorporateAccountsProvider extends Provider {

    /** The user ID row of a user (a representative has none). */
    Optional<CorporateMember> userIdOf(RealmModel realm, String userId);

    /** The user IDs of a corporation, oldest first. */
    List<CorporateMember> userIds(RealmModel realm, String customerNumber);

    void addUserId(RealmModel realm, String customerNumber, String userId, Set<CorporateRole> roles, String phoneE164);

    void setRoles(RealmModel realm, String userId, Set<CorporateRole> roles);

    void setPhone(RealmModel realm, String userId, String phoneE164);

    /** Sets or (null) clears a deputy end, epoch millis. */
    void setDeputyUntil(RealmModel realm, String userId, Long until);

    RoleApproval requestApproval(
            RealmModel realm,
            String customerNumber,
            String targetUserId,
            String requestedBy,
            Set<CorporateRole> before,
            Set<CorporateRole> after,
            String reason);

    List<RoleApproval> pendingApprovals(RealmModel realm, String customerNumber);

    Optional<RoleApproval> approval(RealmModel realm, String customerNumber, String id);

    /** Decides a pending approval; false when it was no longer pending (decided meanwhile). */
    boolean decide(RealmModel realm, String id, RoleApproval.State state, String decidedBy);

    void appendAudit(RealmModel realm, String customerNumber, AuditEntry entry);

    /** The corporation's audit log, newest first. */
    List<AuditEntry> audit(RealmModel realm, String customerNumber, int max);

    /** Deputy periods that ended by {@code nowMillis}, in every realm, each cleared and returned once. */
    List<EndedDeputy> endDeputies(long nowMillis);

    void removeUser(RealmModel realm, String userId);

    void removeRealm(RealmModel realm);

    @Override
    default void close() {}

    record EndedDeputy(String realmId, CorporateMember member) {}
}
