package jp.ocn.mypage.support;

import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.AuthenticationFlowContext;

/**
 * A step that runs once the user is known and either lets them on or refuses with an error page. A form post
 * to the refusal page decides again, so the gate cannot be passed by posting to it.
 */
public abstract class UserGate extends FormStepAuthenticator {

    @Override
    public final void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public final boolean requiresUser() {
        return true;
    }

    /**
     * Shows the refusal page as a challenge, not a failure: Keycloak counts failures towards brute-force
     * lockout, and a refused sign-in is no guessing attempt.
     */
    protected static void refuse(
            AuthenticationFlowContext context, Response.Status status, String message, Object... parameters) {
        context.forceChallenge(context.form().setError(message, parameters).createErrorPage(status));
    }
}
