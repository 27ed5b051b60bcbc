package jp.ocn.mypage.daccount;

import java.util.List;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * In the post-broker-login flow: a sign-in through an identity provider counts as level 1 (like the password),
 * never more, so the session's {@code acr} is 1 and step-up to level 2 still asks for a code. Without it a
 * brokered session has no level at all and the browser flow would ask for the password again.
 */
public final class BrokeredSignInLevel extends FormStepAuthenticator {

    public static final String PROVIDER_ID = "mypage-brokered-level";
    static final int LEVEL = 1;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        AcrStore acr = new AcrStore(context.getSession(), authSession);
        if (acr.getLevelOfAuthenticationFromCurrentAuthentication() < LEVEL) {
            acr.setLevelAuthenticated(LEVEL);
        }
        // The session cookie's later sign-ins read the levels reached from the user session (as the browser flow's
        // level conditions leave them there), so step-up asks for the code only, not the password again.
        authSession.setUserSessionNote(Constants.LOA_MAP, authSession.getAuthNote(Constants.LOA_MAP));
        context.success();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        context.success();
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage: brokered sign-in is level 1",
                    "Post broker login: records level of authentication 1 for a sign-in through an identity provider.",
                    List.of());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return new BrokeredSignInLevel();
        }
    }
}
