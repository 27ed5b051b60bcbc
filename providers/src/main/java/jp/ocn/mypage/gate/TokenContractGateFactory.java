package jp.ocn.mypage.gate;

import java.util.List;
import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.models.KeycloakSession;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/** Client-policy executor {@code mypage-contract-gate}; realm-config's client policy applies it to every client. */
public final class TokenContractGateFactory
        implements ClientPolicyExecutorProviderFactory, NoLifecycle<ClientPolicyExecutorProvider> {

    public static final String PROVIDER_ID = "mypage-contract-gate";

    @Override
    public ClientPolicyExecutorProvider create(KeycloakSession session) {
        return new TokenContractGate(session);
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getHelpText() {
        return "Refuses tokens (code, refresh, password, exchange, CIBA, device) to accounts that may not sign in: "
                + "withdrawn customers and cancelled ones past mypage.cancelledRetentionDays; their sessions end.";
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return List.of();
    }
}
