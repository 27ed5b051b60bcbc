package jp.ocn.mypage.mail;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Objects;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import org.keycloak.TokenVerifier.Predicate;
import org.keycloak.authentication.actiontoken.AbstractActionTokenHandler;
import org.keycloak.authentication.actiontoken.ActionTokenContext;
import org.keycloak.authentication.actiontoken.TokenUtils;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventType;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.UserModel;

/**
 * Opens the confirmation link sent to the new address, in any browser (Keycloak's action-token endpoint starts a
 * fresh authentication session when the link's own is not there): only then is the account mail changed, and the
 * old address told. The link works once, dies with its lifetime, and dies when the mail changed meanwhile or a newer
 * change was asked for.
 */
public final class MailChangeTokenHandler extends AbstractActionTokenHandler<MailChangeToken> {

    public MailChangeTokenHandler() {
        super(
                MailChangeToken.TOKEN_TYPE,
                MailChangeToken.class,
                "mypageMailChangeLinkInvalid",
                EventType.UPDATE_EMAIL,
                Errors.INVALID_TOKEN);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Predicate<? super MailChangeToken>[] getVerifiers(ActionTokenContext<MailChangeToken> tokenContext) {
        return TokenUtils.predicates(TokenUtils.checkThat(
                t -> {
                    UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
                    return Objects.equals(t.getOldEmail(), user.getEmail())
                            && Objects.equals(
                                    t.getNewEmail(), user.getFirstAttribute(MailChangeAction.PENDING_ATTRIBUTE));
                },
                Errors.INVALID_EMAIL,
                getDefaultErrorMessage()));
    }

    @Override
    public Response handleToken(MailChangeToken token, ActionTokenContext<MailChangeToken> tokenContext) {
        UserModel user = tokenContext.getAuthenticationSession().getAuthenticatedUser();
        String oldEmail = user.getEmail();
        NoticeMail.send(
                tokenContext.getSession(),
                tokenContext.getRealm(),
                user,
                Notice.MAIL_CHANGED,
                Map.of("newEmailMasked", MailChangeMail.mask(token.getNewEmail())));
        user.setEmail(token.getNewEmail());
        user.setEmailVerified(true);
        user.removeAttribute(MailChangeAction.PENDING_ATTRIBUTE);
        tokenContext
                .getEvent()
                .user(user)
                .detail(Details.PREVIOUS_EMAIL, MailChangeMail.mask(oldEmail))
                .detail(Details.UPDATED_EMAIL, MailChangeMail.mask(token.getNewEmail()))
                .success();
        return tokenContext
                .getSession()
                .getProvider(LoginFormsProvider.class)
                .setAuthenticationSession(tokenContext.getAuthenticationSession())
                .setAttribute("mailChangeResult", "changed")
                .setAttribute("newEmail", token.getNewEmail())
                .createForm(MailChangeAction.DONE_PAGE);
    }

    @Override
    public boolean canUseTokenRepeatedly(MailChangeToken token, ActionTokenContext<MailChangeToken> tokenContext) {
        return false;
    }
}
