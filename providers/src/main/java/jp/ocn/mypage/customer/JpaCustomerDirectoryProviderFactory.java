package jp.ocn.mypage.customer;

import jp.ocn.mypage.support.OwnedRows;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;

public final class JpaCustomerDirectoryProviderFactory implements CustomerDirectoryProviderFactory {

    public static final String ID = "jpa";

    private DemoDirectoryLoader demoLoader;

    @Override
    public CustomerDirectoryProvider create(KeycloakSession session) {
        return new JpaCustomerDirectoryProvider(
                session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    @Override
    public void init(Config.Scope config) {
        demoLoader = DemoDirectoryLoader.fromEnvironment();
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        OwnedRows.follow(
                factory,
                CustomerDirectoryProvider.class,
                CustomerDirectoryProvider::removeLinksOfUser,
                CustomerDirectoryProvider::removeRealm,
                demoLoader == null ? null : () -> demoLoader.load(factory));
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
