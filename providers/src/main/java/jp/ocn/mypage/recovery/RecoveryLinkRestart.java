package jp.ocn.mypage.recovery;

import java.util.List;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FlowCondition;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;

/**
 * Each cannot-log-in link starts its own route. The login page's links (IDをお忘れの方, パスワードをお忘れの方) and the
 * lockout mail's link open the recovery flow with {@code mypage_route}; in a browser that already went down a route,
 * Keycloak would resume that route (its steps are done). So a link that arrives while a route is under way restarts
 * the flow, and the route chooser then reads the link's route afresh. Keycloak's own refreshes and form posts carry
 * no {@code mypage_route} and are not touched.
 */
public final class RecoveryLinkRestart extends FormStepAuthenticator {

    public static final String PROVIDER_ID = "mypage-recovery-link-restart";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.resetFlow();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.resetFlow();
    }

    static boolean linkOpenedDuringARoute(AuthenticationFlowContext context) {
        return "GET".equals(context.getHttpRequest().getHttpMethod())
                && context.getUriInfo().getQueryParameters().getFirst(RecoveryRouteChooser.QUERY) != null
                && RecoveryRoute.of(context.getAuthenticationSession()).isPresent();
    }

    /** The condition of the restart subflow: a route link was opened while a route is under way. */
    public static final class ConditionFactory extends FlowCondition.Factory {

        public static final String PROVIDER_ID = "mypage-recovery-link-opened";

        public ConditionFactory() {
            super(
                    PROVIDER_ID,
                    "MyPage recovery: a route link was opened",
                    "True when a cannot-log-in link (mypage_route) is opened while a recovery route is under way.",
                    List.of(),
                    RecoveryLinkRestart::linkOpenedDuringARoute);
        }
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        private static final RecoveryLinkRestart INSTANCE = new RecoveryLinkRestart();

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage recovery: restart for a new link",
                    "Restarts the recovery flow so the link just opened starts its own route.",
                    List.of());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return INSTANCE;
        }
    }
}
