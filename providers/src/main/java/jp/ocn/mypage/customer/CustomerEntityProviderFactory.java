package jp.ocn.mypage.customer;

import org.keycloak.Config;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public final class CustomerEntityProviderFactory implements JpaEntityProviderFactory {

    static final String ID = "mypage-customer-directory";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new CustomerEntityProvider();
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
