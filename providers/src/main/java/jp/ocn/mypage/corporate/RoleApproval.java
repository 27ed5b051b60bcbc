package jp.ocn.mypage.corporate;

import java.util.Set;

/** A role change made by a 管理 member, waiting for the representative or another 管理 member (four eyes). */
public record RoleApproval(
        String id,
        String customerNumber,
        String targetUserId,
        String requestedBy,
        Set<CorporateRole> rolesBefore,
        Set<CorporateRole> rolesAfter,
        String reason,
        State state,
        long createdAt) {

    public enum State {
        PENDING,
        APPROVED,
        REJECTED
    }
}
