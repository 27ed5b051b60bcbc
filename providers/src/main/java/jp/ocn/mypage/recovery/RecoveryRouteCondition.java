package jp.ocn.mypage.recovery;

import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.Setting;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/** Condition of a recovery subflow: the route chosen in this flow is the configured one (mail, number, id). */
public final class RecoveryRouteCondition implements ConditionalAuthenticator {

    public static final String PROVIDER_ID = "mypage-recovery-route-is";
    static final String ROUTE = "route";
    private static final RecoveryRouteCondition INSTANCE = new RecoveryRouteCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        String wanted = Setting.configValue(context.getAuthenticatorConfig(), ROUTE);
        return RecoveryRoute.of(context.getAuthenticationSession()).equals(RecoveryRoute.from(wanted))
                && RecoveryRoute.from(wanted).isPresent();
    }

    @Override
    public void action(AuthenticationFlowContext context) {}

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}

    public static final class Factory extends AuthenticatorFactoryBase implements ConditionalAuthenticatorFactory {

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
                            .build());
        }

        @Override
        public ConditionalAuthenticator getSingleton() {
            return INSTANCE;
        }

        @Override
        public String getReferenceCategory() {
            return ConditionalAuthenticatorFactory.REFERENCE_CATEGORY;
        }
    }
}
