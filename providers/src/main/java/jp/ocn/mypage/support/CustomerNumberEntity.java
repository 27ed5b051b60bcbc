package jp.ocn.mypage.support;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A realm's row keyed by a customer number (お客さま番号): the customer itself and its corporate records. */
@MappedSuperclass
public abstract class CustomerNumberEntity extends RealmEntity {

    @Column(name = "CUSTOMER_NUMBER", nullable = false, length = 10)
    private String customerNumber;

    public String getCustomerNumber() {
        return customerNumber;
    }

    public void setCustomerNumber(String customerNumber) {
        this.customerNumber = customerNumber;
    }
}
