package jp.ocn.mypage.maintenance;

import java.util.List;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

public final class MaintenanceGateFactory extends AuthenticatorFactoryBase {

    public static final String PROVIDER_ID = "mypage-maintenance-gate";
    private static final MaintenanceGate GATE = new MaintenanceGate();

    public MaintenanceGateFactory() {
        super(
                PROVIDER_ID,
                "MyPage maintenance gate",
                "Refuses sign-in during a maintenance window (operator API mypage-maintenance/windows), except to "
                        + "realm role mypage-operator. For browser, reset and post-broker-login flows.",
                List.of());
    }

    @Override
    public Authenticator create(KeycloakSession session) {
        return GATE;
    }
}
