package jp.ocn.mypage.support;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A row that belongs to one realm: every query of such a table filters by {@code REALM_ID}. */
@MappedSuperclass
public abstract class RealmEntity extends IdEntity {

    @Column(name = "REALM_ID", nullable = false, length = 36)
    private String realmId;

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }
}
