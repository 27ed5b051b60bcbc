package jp.ocn.mypage.customer;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jp.ocn.mypage.support.RealmEntity;

/** A realm's row that points at one customer (a link to a user, a connection id) and is found by realm. */
@MappedSuperclass
public abstract class CustomerRefEntity extends RealmEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    public CustomerEntity getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerEntity customer) {
        this.customer = customer;
    }
}
