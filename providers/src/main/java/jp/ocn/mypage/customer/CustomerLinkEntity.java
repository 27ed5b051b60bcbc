package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The link between a Keycloak user (OCN ID) and a customer number. A customer number belongs to one OCN ID
 * at a time (unique constraint); an OCN ID may hold several customer numbers.
 */
@Entity
@Table(name = "MYPAGE_CUSTOMER_LINK")
@NamedQueries({
    @NamedQuery(
            name = "mypageLinkOfCustomer",
            query = "select l from CustomerLinkEntity l where l.customer.id = :customerId"),
    @NamedQuery(
            name = "mypageDeleteLinksOfUser",
            query = "delete from CustomerLinkEntity l where l.realmId = :realmId and l.userId = :userId")
})
public class CustomerLinkEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REALM_ID", nullable = false, length = 36)
    private String realmId;

    @Column(name = "USER_ID", nullable = false, length = 36)
    private String userId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private CustomerEntity customer;

    @Column(name = "LINKED_AT", nullable = false)
    private long linkedAt;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public CustomerEntity getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerEntity customer) {
        this.customer = customer;
    }

    public long getLinkedAt() {
        return linkedAt;
    }

    public void setLinkedAt(long linkedAt) {
        this.linkedAt = linkedAt;
    }
}
