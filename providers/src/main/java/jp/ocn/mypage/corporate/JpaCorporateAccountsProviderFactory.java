package jp.ocn.mypage.corporate;

import jp.ocn.mypage.support.OwnedRows;
import org.keycloak.Config;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.utils.PostMigrationEvent;

public final class JpaCorporateAccountsProviderFactory implements CorporateAccountsProviderFactory {

    public static final String ID = "jpa";

    /** How often ended deputy periods are cleared and logged (the role itself ends exactly at its end time). */
    private static final int DEFAULT_DEPUTY_CHECK_SECONDS = 15;

    private DemoCorporationsLoader demoLoader;
    private long deputyCheckMillis;

    @Override
    public CorporateAccountsProvider create(KeycloakSession session) {
        return new JpaCorporateAccountsProvider(
                session.getProvider(JpaConnectionProvider.class).getEntityManager());
    }

    @Override
    public void init(Config.Scope config) {
        demoLoader = DemoCorporationsLoader.fromEnvironment();
        deputyCheckMillis = Math.max(1, config.getInt("deputyCheckSeconds", DEFAULT_DEPUTY_CHECK_SECONDS)) * 1000L;
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
        // After the migration: on a fresh database a task run before it logged "relation does not exist".
        factory.register(event -> {
            if (event instanceof PostMigrationEvent) {
                DeputyExpiry.schedule(factory, deputyCheckMillis);
            }
        });
        OwnedRows.follow(
                factory,
                CorporateAccountsProvider.class,
                CorporateAccountsProvider::removeUser,
                CorporateAccountsProvider::removeRealm,
                demoLoader == null ? null : () -> demoLoader.load(factory));
    }

    @Override
    public void close() {}

    @Override
    public String getId() {
        return ID;
    }
}
