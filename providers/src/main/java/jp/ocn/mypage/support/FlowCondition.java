package jp.ocn.mypage.support;

import java.util.List;
import java.util.function.Predicate;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * A condition of ours in a flow: a test on the flow's state, with nothing to do on a form post and no user needed.
 * Stateless, so each factory hands out one.
 */
public final class FlowCondition implements ConditionalAuthenticator {

    private final Predicate<AuthenticationFlowContext> test;

    public FlowCondition(Predicate<AuthenticationFlowContext> test) {
        this.test = test;
    }

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        return test.test(context);
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

    /** The factory of one condition, listed with Keycloak's conditions in the admin console. */
    public abstract static class Factory extends AuthenticatorFactoryBase implements ConditionalAuthenticatorFactory {

        private final FlowCondition condition;

        protected Factory(
                String id,
                String displayType,
                String helpText,
                List<ProviderConfigProperty> config,
                Predicate<AuthenticationFlowContext> test) {
            super(id, displayType, helpText, config);
            this.condition = new FlowCondition(test);
        }

        @Override
        public final ConditionalAuthenticator getSingleton() {
            return condition;
        }

        @Override
        public final String getReferenceCategory() {
            return ConditionalAuthenticatorFactory.REFERENCE_CATEGORY;
        }
    }
}
