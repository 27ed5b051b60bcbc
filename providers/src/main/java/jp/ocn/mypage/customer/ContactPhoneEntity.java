package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A registered contact phone (連絡先電話番号), stored as E.164 with its line type. */
@Entity
@Table(name = "MYPAGE_CONTACT_PHONE")
public class ContactPhoneEntity extends CustomerPartEntity {

    @Column(name = "E164", nullable = false, length = 16)
    private String e164;

    @Column(name = "LINE_TYPE", nullable = false, length = 20)
    private String lineType;

    public String getE164() {
        return e164;
    }

    public void setE164(String e164) {
        this.e164 = e164;
    }

    public String getLineType() {
        return lineType;
    }

    public void setLineType(String lineType) {
        this.lineType = lineType;
    }
}
