package jp.ocn.mypage.corporate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One row of a corporation's append-only audit log: only ever inserted and read. */
@Entity
@Table(name = "MYPAGE_CORP_AUDIT")
@NamedQueries({
    @NamedQuery(
            name = "mypageCorpAudit",
            query = "select a from CorporateAuditEntity a where a.realmId = :realmId"
                    + " and a.customerNumber = :customerNumber order by a.time desc, a.seq desc")
})
public class CorporateAuditEntity extends RoleChangeEntity {

    @Column(name = "TIME", nullable = false)
    private long time;

    @Column(name = "SEQ", nullable = false)
    private long seq;

    @Column(name = "ACTOR", nullable = false)
    private String actor;

    @Column(name = "TARGET")
    private String target;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "RESULT", nullable = false, length = 40)
    private String result;

    @Column(name = "REQUEST_ID", nullable = false, length = 36)
    private String requestId;

    public long getTime() {
        return time;
    }

    public void setTime(long time) {
        this.time = time;
    }

    public long getSeq() {
        return seq;
    }

    public void setSeq(long seq) {
        this.seq = seq;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
