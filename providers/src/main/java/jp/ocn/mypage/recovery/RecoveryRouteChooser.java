package jp.ocn.mypage.recovery;

import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.DefaultActionTokenKey;
import org.keycloak.models.KeycloakSession;

/**
 * First step of the recovery flow: パスワードをお忘れの方 chooses メールで再設定 or お客さま番号で再設定;
 * IDをお忘れの方 arrives with {@code mypage_route=id} and goes straight to the forgotten-ID route, the lockout
 * mail's link with {@code mypage_route=unlock} to the self-service unlock, and the password-reset mail's link (in
 * whichever browser it is opened) to the mail route.
 */
public final class RecoveryRouteChooser extends FormStepAuthenticator {

    public static final String PROVIDER_ID = "mypage-recovery-route";
    public static final String QUERY = "mypage_route";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        // A reset link from the mail, opened in any browser (a phone's mail app has none of the asking browser's
        // cookies): Keycloak's action-token handler runs this flow for the token's user. It is the mail route.
        if (context.getAuthenticationSession().getAuthNote(DefaultActionTokenKey.ACTION_TOKEN_USER_ID) != null) {
            choose(context, RecoveryRoute.MAIL);
            return;
        }
        Optional<RecoveryRoute> asked =
                RecoveryRoute.from(context.getUriInfo().getQueryParameters().getFirst(QUERY));
        // Links that name their route (IDをお忘れの方, the lockout mail's unlock link) skip the choice.
        if (asked.isPresent() && (asked.get() == RecoveryRoute.ID || asked.get() == RecoveryRoute.UNLOCK)) {
            choose(context, asked.get());
            return;
        }
        context.challenge(context.form().createForm("mypage-recovery-route.ftl"));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<RecoveryRoute> chosen = RecoveryRoute.from(
                        context.getHttpRequest().getDecodedFormParameters().getFirst("route"))
                .filter(r -> r == RecoveryRoute.MAIL || r == RecoveryRoute.NUMBER);
        if (chosen.isEmpty()) {
            context.challenge(context.form().createForm("mypage-recovery-route.ftl"));
            return;
        }
        choose(context, chosen.get());
    }

    private static void choose(AuthenticationFlowContext context, RecoveryRoute route) {
        context.getAuthenticationSession().setAuthNote(RecoveryRoute.NOTE, route.value());
        context.success();
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        private static final RecoveryRouteChooser INSTANCE = new RecoveryRouteChooser();

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage recovery: choose the route",
                    "Reset by mail or by customer number; the forgotten-ID link goes straight to its route.",
                    List.of());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return INSTANCE;
        }
    }
}
