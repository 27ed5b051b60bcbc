package jp.ocn.mypage.maintenance;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client-policy executor {@code mypage-maintenance-refresh}; realm-config applies it to every client. */
public final class MaintenanceRefreshGateFactory implements ClientPolicyExecutorProviderFactory {

    public static final String PROVIDER_ID = "mypage-maintenance-refresh";
    private static final MaintenanceRefreshGate GATE = new MaintenanceRefreshGate();

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return GATE;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses token refresh during a maintenance window when realm attribute "
                + "mypage.maintenance.refuseRefresh is true (operators excepted).";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }

    @Override
    public void init(Config.Scope config) {}

    @Override
    public void postInit(KeycloakSessionFactory factory) {}

    @Override
    public void close() {}
}
