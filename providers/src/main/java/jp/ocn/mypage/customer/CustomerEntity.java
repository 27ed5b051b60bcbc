package jp.ocn.mypage.customer;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.ocn.mypage.support.CustomerNumberEntity;

/** One contract holder (お客さま番号) in a realm. Children are owned: an import replaces them whole. */
@Entity
@Table(name = "MYPAGE_CUSTOMER")
@NamedQueries({
    @NamedQuery(
            name = "mypageCustomerByNumber",
            query = "select c from CustomerEntity c where c.realmId = :realmId and c.customerNumber = :number"),
    @NamedQuery(
            name = "mypageCustomersByNumbers",
            query = "select c from CustomerEntity c where c.realmId = :realmId and c.customerNumber in :numbers"),
    @NamedQuery(
            name = "mypageCustomersLinkedToUser",
            query = "select l.customer from CustomerLinkEntity l where l.realmId = :realmId and l.userId = :userId"
                    + " order by l.customer.customerNumber"),
    @NamedQuery(
            name = "mypageCustomersLinkedToUserBefore",
            query = "select l.customer from CustomerLinkEntity l where l.realmId = :realmId and l.userId = :userId"
                    + " and l.linkedAt < :before order by l.customer.customerNumber"),
    @NamedQuery(
            name = "mypageDeleteCustomersOfRealm",
            query = "delete from CustomerEntity c where c.realmId = :realmId")
})
public class CustomerEntity extends CustomerNumberEntity {

    @Column(name = "HOLDER_NAME", nullable = false, length = 100)
    private String holderName;

    @Column(name = "HOLDER_NAME_KANA", nullable = false, length = 100)
    private String holderNameKana;

    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;

    @Column(name = "POSTAL_CODE", nullable = false, length = 8)
    private String postalCode;

    @Column(name = "CORPORATE", nullable = false)
    private boolean corporate;

    @Column(name = "CORPORATE_NAME", length = 200)
    private String corporateName;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContractEntity> contracts = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ContactPhoneEntity> contactPhones = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ConnectionIdEntity> connectionIds = new ArrayList<>();

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<LineNetworkEntity> lineNetworks = new ArrayList<>();

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getHolderNameKana() {
        return holderNameKana;
    }

    public void setHolderNameKana(String holderNameKana) {
        this.holderNameKana = holderNameKana;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public boolean isCorporate() {
        return corporate;
    }

    public void setCorporate(boolean corporate) {
        this.corporate = corporate;
    }

    public String getCorporateName() {
        return corporateName;
    }

    public void setCorporateName(String corporateName) {
        this.corporateName = corporateName;
    }

    public List<ContractEntity> getContracts() {
        return contracts;
    }

    public List<ContactPhoneEntity> getContactPhones() {
        return contactPhones;
    }

    public List<ConnectionIdEntity> getConnectionIds() {
        return connectionIds;
    }

    public List<LineNetworkEntity> getLineNetworks() {
        return lineNetworks;
    }
}
