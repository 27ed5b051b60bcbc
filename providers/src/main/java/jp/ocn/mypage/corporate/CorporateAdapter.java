package jp.ocn.mypage.corporate;

/** Entities to the immutable model, so that nothing outside the JPA provider holds a managed entity. */
final class CorporateAdapter {

    private CorporateAdapter() {}

    static CorporateMember member(CorporateMemberEntity e) {
        return new CorporateMember(
                e.getCustomerNumber(),
                e.getUserId(),
                false,
                CorporateRole.parse(e.getRoles()),
                e.getPhoneE164(),
                e.getDeputyUntil());
    }

    static RoleApproval approval(CorporateApprovalEntity e) {
        return new RoleApproval(
                e.getId(),
                e.getCustomerNumber(),
                e.getTargetUserId(),
                e.getRequestedBy(),
                CorporateRole.parse(e.getRolesBefore()),
                CorporateRole.parse(e.getRolesAfter()),
                e.getReason(),
                RoleApproval.State.valueOf(e.getState()),
                e.getCreatedAt());
    }

    static AuditEntry audit(CorporateAuditEntity e) {
        return new AuditEntry(
                e.getTime(),
                e.getActor(),
                e.getTarget(),
                e.getAction(),
                e.getRolesBefore(),
                e.getRolesAfter(),
                e.getReason(),
                e.getResult(),
                e.getRequestId());
    }
}
