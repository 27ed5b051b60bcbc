package jp.ocn.mypage.history;

import jp.ocn.mypage.customer.UserSessionsEnding;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * The login history page in the account area, opened by an application with {@code kc_action=mypage-login-history}
 * (so only the signed-in user sees it, after Keycloak's own checks). 「身に覚えのないログインがある場合」 ends every
 * session of the account on other browsers and devices, offline ones too, and goes on to the password change (whose
 * listener ends the others again once the new password is set).
 */
final class LoginHistoryAction extends PortalAction {

    static final String PROVIDER_ID = "mypage-login-history";
    static final int PAGE_SIZE = 20;

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(context.form()
                .setAttribute(
                        "mypageHistory",
                        LoginHistory.of(context.getSession(), context.getRealm(), context.getUser(), 0, PAGE_SIZE)
                                .stream()
                                .map(LoginHistoryEntry::toJson)
                                .toList())
                .createForm("mypage-login-history.ftl"));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        if ("not_me".equals(context.getHttpRequest().getDecodedFormParameters().getFirst("action"))) {
            UserModel user = context.getUser();
            AuthenticationManager.AuthResult current =
                    AuthenticationManager.authenticateIdentityCookie(context.getSession(), context.getRealm(), true);
            String keep = current == null ? null : current.session().getId();
            int ended = UserSessionsEnding.end(
                    context.getSession(), context.getRealm(), user, (UserSessionModel s) -> s.getId()
                            .equals(keep));
            context.getEvent().detail(MyPageDetails.NOT_ME, Integer.toString(ended));
            context.getAuthenticationSession().addRequiredAction(UserModel.RequiredAction.UPDATE_PASSWORD);
        }
        context.success();
    }
}
