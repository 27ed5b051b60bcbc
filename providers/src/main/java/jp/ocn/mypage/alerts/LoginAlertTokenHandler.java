package jp.ocn.mypage.alerts;

import jakarta.ws.rs.core.Response;
import java.util.Objects;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageEvents;
import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.models.UserModel;

/**
 * Opens the confirmation link sent to the address chosen for ログインアラート, in any browser (Keycloak's action-token
 * endpoint starts an authentication session of its own): only then do alerts go there. The link works once (the
 * token's nonce is spent in the single-use store), dies with its lifetime, and dies when a newer address was asked for
 * or the alert was stopped meanwhile.
 */
public final class LoginAlertTokenHandler extends AbstractActionTokenHandler<LoginAlertToken> {

    public LoginAlertTokenHandler() {
        super(
                LoginAlertToken.TOKEN_TYPE,
                LoginAlertToken.class,
                "mypageLoginAlertLinkInvalid",
                EventType.CUSTOM_REQUIRED_ACTION,
                Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super LoginAlertToken>[] getVerifiers(ActionTokenContext<LoginAlertToken> tokenContext) {
        return TokenUtils.predicates(TokenUtils.checkThat(
                t -> Objects.equals(
                        t.getAddress(),
                        tokenContext
                                .getAuthenticationSession()
                                .getAuthenticatedUser()
                                .getFirstAttribute(LoginAlertAction.PENDING_ATTRIBUTE)),
                Errors.INVALID_EMAIL,
                getDefaultErrorMessage()));
    }

    @Override
    public Response handleToken(LoginAlertToken token, ActionTokenContext<LoginAlertToken> tokenContext) {
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        user.setSingleAttribute(LoginAlertAction.ADDRESS_ATTRIBUTE, token.getAddress());
        user.removeAttribute(LoginAlertAction.PENDING_ATTRIBUTE);
        MyPageEvents.step(tokenContext.getEvent(), user, LoginAlertAction.PROVIDER_ID)
                .detail(MyPageDetails.LOGIN_ALERT, "confirmed")
                .success();
        return tokenContext
                .getSession()
                .getProvider(org.keycloak.forms.login.LoginFormsProvider.class)
                .setAuthenticationSession(tokenContext.getAuthenticationSession())
                .setAttribute("loginAlertResult", "confirmed")
                .setAttribute("alertEmail", token.getAddress())
                .createForm(LoginAlertAction.DONE_PAGE);
    }

    @Override
    public boolean canUseTokenRepeatedly(LoginAlertToken token, ActionTokenContext<LoginAlertToken> tokenContext) {
        return false;
    }
}
