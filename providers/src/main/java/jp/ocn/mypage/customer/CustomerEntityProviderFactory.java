package jp.ocn.mypage.customer;

import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProviderFactory;
import org.keycloak.models.KeycloakSession;

public final class CustomerEntityProviderFactory implements JpaEntityProviderFactory, NoLifecycle<JpaEntityProvider> {

    static final String ID = "mypage-customer-directory";

    @Override
    public JpaEntityProvider create(KeycloakSession session) {
        return new CustomerEntityProvider();
    }

    @Override
    public String getId() {
        return ID;
    }
}
