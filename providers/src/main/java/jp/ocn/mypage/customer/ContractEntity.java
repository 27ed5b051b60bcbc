package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One service contract of a customer (OCN 光, OCN モバイル ONE, …) and its status. */
@Entity
@Table(name = "MYPAGE_CONTRACT")
public class ContractEntity extends CustomerPartEntity {

    @Column(name = "SERVICE", nullable = false, length = 100)
    private String service;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "STATUS_CHANGED_ON", nullable = false)
    private LocalDate statusChangedOn;

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getStatusChangedOn() {
        return statusChangedOn;
    }

    public void setStatusChangedOn(LocalDate statusChangedOn) {
        this.statusChangedOn = statusChangedOn;
    }
}
