package jp.ocn.mypage.customer;

import java.util.List;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers our entities and Liquibase changelog with Keycloak's JPA connection. */
final class CustomerEntityProvider implements JpaEntityProvider {

    @Override
    public List<Class<?>> getEntities() {
        return List.of(
                CustomerEntity.class,
                ContractEntity.class,
                ContactPhoneEntity.class,
                ConnectionIdEntity.class,
                CustomerLinkEntity.class);
    }

    @Override
    public String getChangelogLocation() {
        return "META-INF/mypage-changelog-master.xml";
    }

    @Override
    public String getFactoryId() {
        return CustomerEntityProviderFactory.ID;
    }

    @Override
    public void close() {}
}
