package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One service contract of a customer (OCN 光, OCN モバイル ONE, …) and its status. */
@Entity
@Table(name = "MYPAGE_CONTRACT")
public class ContractEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "SERVICE", nullable = false, length = 100)
    private String service;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "STATUS_CHANGED_ON", nullable = false)
    private LocalDate statusChangedOn;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CustomerEntity getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerEntity customer) {
        this.customer = customer;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

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
