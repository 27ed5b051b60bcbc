package jp.ocn.mypage.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An OCN接続用ID: looks like a mail address, configures the line, never signs in. Kept to guide users who type it. */
@Entity
@Table(name = "MYPAGE_CONNECTION_ID")
@NamedQuery(
        name = "mypageConnectionIdOwner",
        query =
                "select c.customer.customerNumber from ConnectionIdEntity c where c.realmId = :realmId and c.connectionId = :connectionId")
public class ConnectionIdEntity extends CustomerRefEntity {

    @Column(name = "CONNECTION_ID", nullable = false, length = 254)
    private String connectionId;

    public String getConnectionId() {
        return connectionId;
    }

    public void setConnectionId(String connectionId) {
        this.connectionId = connectionId;
    }
}
