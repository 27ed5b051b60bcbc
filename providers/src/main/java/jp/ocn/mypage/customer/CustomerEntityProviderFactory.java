package jp.ocn.mypage.customer;

import jp.ocn.mypage.support.JpaEntitiesFactoryBase;

/** Registers the customer directory's tables and Liquibase changelog with Keycloak's JPA connection. */
public final class CustomerEntityProviderFactory extends JpaEntitiesFactoryBase {

    static final String ID = "mypage-customer-directory";

    public CustomerEntityProviderFactory() {
        super(
                ID,
                "META-INF/mypage-changelog-master.xml",
                CustomerEntity.class,
                ContractEntity.class,
                ContactPhoneEntity.class,
                ConnectionIdEntity.class,
                CustomerLinkEntity.class,
                LineNetworkEntity.class);
    }
}
