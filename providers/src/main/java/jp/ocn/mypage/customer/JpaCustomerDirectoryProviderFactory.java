package jp.ocn.mypage.customer;

import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.PostMigrationEvent;

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
        factory.register(event -> {
            if (event instanceof UserModel.UserRemovedEvent removed) {
                removed.getKeycloakSession()
                        .getProvider(CustomerDirectoryProvider.class)
                        .removeLinksOfUser(removed.getRealm(), removed.getUser().getId());
            } else if (event instanceof RealmModel.RealmRemovedEvent removed) {
                removed.getKeycloakSession()
                        .getProvider(CustomerDirectoryProvider.class)
                        .removeRealm(removed.getRealm());
            } else if (event instanceof PostMigrationEvent && demoLoader != null) {
                // Runs after --import-realm, so the demo users the directory links to exist by now.
                demoLoader.load(factory);
            }
        });
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
