package jp.ocn.mypage.recovery;

import jp.ocn.mypage.support.FlowCondition;
import jp.ocn.mypage.support.Setting;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Condition of a recovery subflow: the route chosen in this flow is the configured one (mail, number, id). */
public final class RecoveryRouteCondition {

    public static final String PROVIDER_ID = "mypage-recovery-route-is";
    static final String ROUTE = "route";

    private RecoveryRouteCondition() {}

    static boolean routeIsTheConfiguredOne(AuthenticationFlowContext context) {
        String wanted = Setting.configValue(context.getAuthenticatorConfig(), ROUTE);
        return RecoveryRoute.of(context.getAuthenticationSession()).equals(RecoveryRoute.from(wanted))
                && RecoveryRoute.from(wanted).isPresent();
    }

    public static final class Factory extends FlowCondition.Factory {

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage recovery: route is",
                    "True when the route chosen in this recovery flow is the configured one.",
                    ProviderConfigurationBuilder.create()
                            .property()
                            .name(ROUTE)
                            .label("Route")
                            .type(ProviderConfigProperty.LIST_TYPE)
                            .options("mail", "number", "id", "unlock")
                            .defaultValue("mail")
                            .add()
                            .build(),
                    RecoveryRouteCondition::routeIsTheConfiguredOne);
        }
    }
}
