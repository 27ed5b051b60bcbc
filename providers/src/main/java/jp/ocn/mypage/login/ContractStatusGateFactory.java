package jp.ocn.mypage.login;

import java.util.List;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class ContractStatusGateFactory extends AuthenticatorFactoryBase {

    public static final String PROVIDER_ID = "mypage-contract-status-gate";
    private static final ContractStatusGate GATE = new ContractStatusGate();

    public ContractStatusGateFactory() {
        super(
                PROVIDER_ID,
                "MyPage contract status gate",
                "Refuses withdrawn customers and cancelled ones past the retention period (realm attribute "
                        + "mypage.cancelledRetentionDays, default 90). For browser, reset and post-broker-login flows.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return GATE;
    }
}
