package jp.ocn.mypage.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jp.ocn.mypage.support.CustomerNumberEntity;

/**
 * A corporation's row about a change of a member's roles (an approval waiting or decided, an audit entry): the roles
 * before and after and the reason given. The approval table also holds them NOT NULL (its changelog).
 */
@MappedSuperclass
public abstract class RoleChangeEntity extends CustomerNumberEntity {

    @Column(name = "ROLES_BEFORE", length = 100)
    private String rolesBefore;

    @Column(name = "ROLES_AFTER", length = 100)
    private String rolesAfter;

    @Column(name = "REASON", length = 500)
    private String reason;

    public String getRolesBefore() {
        return rolesBefore;
    }

    public void setRolesBefore(String rolesBefore) {
        this.rolesBefore = rolesBefore;
    }

    public String getRolesAfter() {
        return rolesAfter;
    }

    public void setRolesAfter(String rolesAfter) {
        this.rolesAfter = rolesAfter;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
