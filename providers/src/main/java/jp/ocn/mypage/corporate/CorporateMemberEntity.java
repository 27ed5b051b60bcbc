package jp.ocn.mypage.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.ocn.mypage.support.CustomerNumberEntity;

/** A user ID (利用者ID) of a corporation: roles (comma-separated API names), own mobile, deputy end. */
@Entity
@Table(name = "MYPAGE_CORP_MEMBER")
@NamedQueries({
    @NamedQuery(
            name = "mypageCorpMemberOfUser",
            query = "select m from CorporateMemberEntity m where m.realmId = :realmId and m.userId = :userId"),
    @NamedQuery(
            name = "mypageCorpMembers",
            query = "select m from CorporateMemberEntity m where m.realmId = :realmId"
                    + " and m.customerNumber = :customerNumber order by m.createdAt"),
    @NamedQuery(
            name = "mypageCorpDeputiesEnded",
            query = "select m from CorporateMemberEntity m where m.deputyUntil is not null and m.deputyUntil <= :now"),
    @NamedQuery(
            name = "mypageCorpDeleteMembersOfRealm",
            query = "delete from CorporateMemberEntity m where m.realmId = :realmId")
})
public class CorporateMemberEntity extends CustomerNumberEntity {

    @Column(name = "USER_ID", nullable = false, length = 36)
    private String userId;

    @Column(name = "ROLES", nullable = false, length = 100)
    private String roles;

    @Column(name = "PHONE_E164", length = 16)
    private String phoneE164;

    @Column(name = "DEPUTY_UNTIL")
    private Long deputyUntil;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAt;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getRoles() {
        return roles;
    }

    public void setRoles(String roles) {
        this.roles = roles;
    }

    public String getPhoneE164() {
        return phoneE164;
    }

    public void setPhoneE164(String phoneE164) {
        this.phoneE164 = phoneE164;
    }

    public Long getDeputyUntil() {
        return deputyUntil;
    }

    public void setDeputyUntil(Long deputyUntil) {
        this.deputyUntil = deputyUntil;
    }

    public long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(long createdAt) {
        this.createdAt = createdAt;
    }
}
