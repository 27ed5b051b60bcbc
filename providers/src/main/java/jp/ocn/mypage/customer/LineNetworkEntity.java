package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A network of the customer's OCN line (CIDR, canonical text), for the login restriction. */
@Entity
@Table(name = "MYPAGE_LINE_NETWORK")
public class LineNetworkEntity extends CustomerPartEntity {

    @Column(name = "CIDR", nullable = false, length = 50)
    private String cidr;

    public String getCidr() {
        return cidr;
    }

    public void setCidr(String cidr) {
        this.cidr = cidr;
    }
}
