package jp.ocn.mypage.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A role grant waiting for a second administrator (four eyes), and how it was decided. */
@Entity
@Table(name = "MYPAGE_CORP_APPROVAL")
@NamedQueries({
    @NamedQuery(
            name = "mypageCorpApprovals",
            query = "select a from CorporateApprovalEntity a where a.realmId = :realmId"
                    + " and a.customerNumber = :customerNumber and a.state = :state order by a.createdAt desc"),
    @NamedQuery(
            name = "mypageCorpDeleteApprovalsOfRealm",
            query = "delete from CorporateApprovalEntity a where a.realmId = :realmId")
})
public class CorporateApprovalEntity extends RoleChangeEntity {

    @Column(name = "TARGET_USER_ID", nullable = false, length = 36)
    private String targetUserId;

    @Column(name = "REQUESTED_BY", nullable = false, length = 36)
    private String requestedBy;

    @Column(name = "STATE", nullable = false, length = 10)
    private String state;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    public String getTargetUserId() {
        return targetUserId;
    }

    public void setTargetUserId(String targetUserId) {
        this.targetUserId = targetUserId;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }
}
