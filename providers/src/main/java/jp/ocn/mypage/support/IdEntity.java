package jp.ocn.mypage.support;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** The 36-character id column every table of ours has, mapped once. */
@MappedSuperclass
public abstract class IdEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
