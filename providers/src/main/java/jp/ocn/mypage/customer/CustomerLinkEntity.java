package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class CustomerLinkEntity extends CustomerRefEntity {

    @Column(name = "USER_ID", nullable = false, length = 36)
    private String userId;

    @Column(name = "LINKED_AT", nullable = false)
    private long linkedAt;

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public long getLinkedAt() {
        return linkedAt;
    }

    public void setLinkedAt(long linkedAt) {
        this.linkedAt = linkedAt;
    }
}
