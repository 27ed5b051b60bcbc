package jp.ocn.mypage.corporate;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.keycloak.common.util.Time;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.KeycloakModelUtils;

final class JpaCorporateAccountsProvider implements CorporateAccountsProvider {

    /** Orders audit rows of the same millisecond (one node; across nodes the time decides). */
    private static final AtomicLong SEQ = new AtomicLong();

    private final EntityManager em;

    JpaCorporateAccountsProvider(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<CorporateMember> userIdOf(RealmModel realm, String userId) {
        return entity(realm, userId).map(CorporateAdapter::member);
    }

    private Optional<CorporateMemberEntity> entity(RealmModel realm, String userId) {
        return em.createNamedQuery("mypageCorpMemberOfUser", CorporateMemberEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("userId", userId)
                .getResultStream()
                .findFirst();
    }

    private CorporateMemberEntity required(RealmModel realm, String userId) {
        return entity(realm, userId).orElseThrow(() -> new IllegalArgumentException("not a corporate user ID"));
    }

    @Override
    public List<CorporateMember> userIds(RealmModel realm, String customerNumber) {
        return em.createNamedQuery("mypageCorpMembers", CorporateMemberEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("customerNumber", customerNumber)
                .getResultStream()
                .map(CorporateAdapter::member)
                .toList();
    }

    @Override
    public void addUserId(
            RealmModel realm, String customerNumber, String userId, Set<CorporateRole> roles, String phoneE164) {
        CorporateMemberEntity e = new CorporateMemberEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realm.getId());
        e.setCustomerNumber(customerNumber);
        e.setUserId(userId);
        e.setRoles(CorporateRole.format(roles));
        e.setPhoneE164(phoneE164);
        e.setCreatedAt(Time.currentTimeMillis());
        em.persist(e);
    }

    @Override
    public void setRoles(RealmModel realm, String userId, Set<CorporateRole> roles) {
        required(realm, userId).setRoles(CorporateRole.format(roles));
    }

    @Override
    public void setPhone(RealmModel realm, String userId, String phoneE164) {
        required(realm, userId).setPhoneE164(phoneE164);
    }

    @Override
    public void setDeputyUntil(RealmModel realm, String userId, Long until) {
        required(realm, userId).setDeputyUntil(until);
    }

    @Override
    public RoleApproval requestApproval(
            RealmModel realm,
            String customerNumber,
            String targetUserId,
            String requestedBy,
            Set<CorporateRole> before,
            Set<CorporateRole> after,
            String reason) {
        CorporateApprovalEntity e = new CorporateApprovalEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realm.getId());
        e.setCustomerNumber(customerNumber);
        e.setTargetUserId(targetUserId);
        e.setRequestedBy(requestedBy);
        e.setRolesBefore(CorporateRole.format(before));
        e.setRolesAfter(CorporateRole.format(after));
        e.setReason(reason);
        e.setState(RoleApproval.State.PENDING.name());
        e.setCreatedAt(Time.currentTimeMillis());
        em.persist(e);
        return CorporateAdapter.approval(e);
    }

    @Override
    public List<RoleApproval> pendingApprovals(RealmModel realm, String customerNumber) {
        return em.createNamedQuery("mypageCorpApprovals", CorporateApprovalEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("customerNumber", customerNumber)
                .setParameter("state", RoleApproval.State.PENDING.name())
                .getResultStream()
                .map(CorporateAdapter::approval)
                .toList();
    }

    @Override
    public Optional<RoleApproval> approval(RealmModel realm, String customerNumber, String id) {
        return Optional.ofNullable(em.find(CorporateApprovalEntity.class, id))
                .filter(e -> e.getRealmId().equals(realm.getId())
                        && e.getCustomerNumber().equals(customerNumber))
                .map(CorporateAdapter::approval);
    }

    @Override
    public boolean decide(RealmModel realm, String id, RoleApproval.State state, String decidedBy) {
        // Locked, so that of two administrators deciding at once only one decision counts.
        CorporateApprovalEntity e = em.find(CorporateApprovalEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null
                || !e.getRealmId().equals(realm.getId())
                || !RoleApproval.State.PENDING.name().equals(e.getState())) {
            return false;
        }
        e.setState(state.name());
        e.setDecidedBy(decidedBy);
        e.setDecidedAt(Time.currentTimeMillis());
        return true;
    }

    @Override
    public void appendAudit(RealmModel realm, String customerNumber, AuditEntry entry) {
        CorporateAuditEntity e = new CorporateAuditEntity();
        e.setId(KeycloakModelUtils.generateId());
        e.setRealmId(realm.getId());
        e.setCustomerNumber(customerNumber);
        e.setTime(entry.time());
        e.setSeq(SEQ.incrementAndGet());
        e.setActor(entry.actor());
        e.setTarget(entry.target());
        e.setAction(entry.action());
        e.setRolesBefore(entry.rolesBefore());
        e.setRolesAfter(entry.rolesAfter());
        e.setReason(entry.reason());
        e.setResult(entry.result());
        e.setRequestId(entry.requestId());
        em.persist(e);
    }

    @Override
    public List<AuditEntry> audit(RealmModel realm, String customerNumber, int max) {
        return em.createNamedQuery("mypageCorpAudit", CorporateAuditEntity.class)
                .setParameter("realmId", realm.getId())
                .setParameter("customerNumber", customerNumber)
                .setMaxResults(max)
                .getResultStream()
                .map(CorporateAdapter::audit)
                .toList();
    }

    @Override
    public List<EndedDeputy> endDeputies(long nowMillis) {
        List<CorporateMemberEntity> ended = em.createNamedQuery("mypageCorpDeputiesEnded", CorporateMemberEntity.class)
                .setParameter("now", nowMillis)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        List<EndedDeputy> out = ended.stream()
                .map(e -> new EndedDeputy(e.getRealmId(), CorporateAdapter.member(e)))
                .toList();
        ended.forEach(e -> e.setDeputyUntil(null));
        return out;
    }

    @Override
    public void removeUser(RealmModel realm, String userId) {
        entity(realm, userId).ifPresent(em::remove);
    }

    @Override
    public void removeRealm(RealmModel realm) {
        // The audit log stays: it is append-only, even when its realm goes.
        em.createNamedQuery("mypageCorpDeleteMembersOfRealm")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
        em.createNamedQuery("mypageCorpDeleteApprovalsOfRealm")
                .setParameter("realmId", realm.getId())
                .executeUpdate();
    }
}
