package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.Response;
import org.keycloak.TokenVerifier;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.messages.Messages;
import org.keycloak.sessions.AuthenticationSessionModel;

/** Opens the self-service unlock: the link was right, now the code screens of {@link SelfUnlockAction}. */
public final class SelfUnlockTokenHandler extends AbstractActionTokenHandler<SelfUnlockToken> {

    /** Auth note: which link opened this unlock, so that {@link SelfUnlockAction} can spend it. */
    static final String LINK_NOTE = "mypage.unlock.link";

    public SelfUnlockTokenHandler() {
        super(SelfUnlockToken.TOKEN_TYPE, SelfUnlockToken.class, Messages.INVALID_CODE, EventType.EXECUTE_ACTIONS, Errors.NOT_ALLOWED);
    }

    @Override
    public TokenVerifier.Predicate<? super SelfUnlockToken>[] getVerifiers(ActionTokenContext<SelfUnlockToken> tokenContext) {
        return TokenUtils.predicates(verifyEmail(tokenContext));
    }

    @Override
    public Response handleToken(SelfUnlockToken token, ActionTokenContext<SelfUnlockToken> tokenContext) {
        String link = String.valueOf(token.getActionVerificationNonce());
        if (tokenContext.getSession().singleUseObjects().contains(spentKey(link))) {
            tokenContext.getEvent().error(Errors.EXPIRED_CODE);
            return tokenContext.getSession().getProvider(LoginFormsProvider.class).setError(Messages.EXPIRED_ACTION_TOKEN_NO_SESSION)
                    .createErrorPage(Response.Status.BAD_REQUEST);
        }
        AuthenticationSessionModel authSession = tokenContext.getAuthenticationSession();
        authSession.setAuthNote(LINK_NOTE, link);
        authSession.addRequiredAction(SelfUnlockAction.PROVIDER_ID);
        String next = AuthenticationManager.nextRequiredAction(tokenContext.getSession(), authSession, tokenContext.getRequest(),
                tokenContext.getEvent());
        return AuthenticationManager.redirectToRequiredActions(tokenContext.getSession(), tokenContext.getRealm(), authSession,
                tokenContext.getUriInfo(), next);
    }

    static String spentKey(String link) {
        return "mypage-unlock-spent:" + link;
    }

    @Override
    public boolean canUseTokenRepeatedly(SelfUnlockToken token, ActionTokenContext<SelfUnlockToken> tokenContext) {
        return false;
    }
}
