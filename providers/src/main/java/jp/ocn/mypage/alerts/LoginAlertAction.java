package jp.ocn.mypage.alerts;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.notify.Notice;
import jp.ocn.mypage.notify.NoticeMail;
import jp.ocn.mypage.support.MailLinks;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.EmailValidationUtil;

/**
 * ログインアラート settings in the account area ({@code kc_action=mypage-login-alert}): the user names an address
 * for a mail at every sign-in; it gets a single-use confirmation link, and alerts go there only once that link was
 * opened (in any browser). The user can stop the alerts here too.
 */
final class LoginAlertAction extends PortalAction {

    static final String PROVIDER_ID = "mypage-login-alert";
    /** User attribute: the confirmed address every sign-in is reported to. */
    static final String ADDRESS_ATTRIBUTE = "mypage.loginAlert.address";
    /** User attribute: the address waiting for its link (a newer request or a stop replaces it: older links die). */
    static final String PENDING_ATTRIBUTE = "mypage.loginAlert.pending";

    static final String PAGE = "mypage-login-alert.ftl";
    static final String DONE_PAGE = "mypage-login-alert-done.ftl";
    private static final String FIELD = "alertEmail";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.challenge(page(context, null, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = form.getFirst("action");
        if ("send".equals(action)) {
            request(context, form.getFirst(FIELD));
        } else if ("stop".equals(action)) {
            UserModel user = context.getUser();
            user.removeAttribute(ADDRESS_ATTRIBUTE);
            user.removeAttribute(PENDING_ATTRIBUTE);
            MyPageEvents.step(context.getEvent(), user, PROVIDER_ID)
                    .detail(MyPageDetails.LOGIN_ALERT, "stopped")
                    .success();
            context.challenge(done(context, "stopped", ""));
        } else {
            context.success();
        }
    }

    private void request(RequiredActionContext context, String typed) {
        String address = MailLinks.normaliseAddress(typed);
        if (address.isEmpty()) {
            context.challenge(page(context, typed, new FormMessage(FIELD, "mypageLoginAlertMissing")));
            return;
        }
        if (address.length() > 254 || !EmailValidationUtil.isValidEmail(address)) {
            context.challenge(page(context, typed, new FormMessage(FIELD, "mypageLoginAlertInvalid")));
            return;
        }
        UserModel user = context.getUser();
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        int lifetime = realm.getActionTokenGeneratedByUserLifespan(LoginAlertToken.TOKEN_TYPE);
        String clientId = auth.getClient().getClientId();
        LoginAlertToken token = new LoginAlertToken(user.getId(), Time.currentTime() + lifetime, address, clientId);
        String link = MailLinks.actionLink(context, token, clientId);
        user.setSingleAttribute(PENDING_ATTRIBUTE, address);
        boolean mailed = NoticeMail.sendTo(
                context.getSession(),
                realm,
                user,
                address,
                Notice.LOGIN_ALERT_CONFIRM,
                Map.of("link", link, "minutes", TimeUnit.SECONDS.toMinutes(lifetime)));
        if (!mailed) {
            user.removeAttribute(PENDING_ATTRIBUTE);
            context.challenge(page(context, typed, new FormMessage(FIELD, "mypageLoginAlertNotSent")));
            return;
        }
        MyPageEvents.step(context.getEvent(), user, PROVIDER_ID)
                .detail(MyPageDetails.LOGIN_ALERT, "link_sent")
                .success();
        context.challenge(done(context, "sent", address));
    }

    private static Response page(RequiredActionContext context, String typed, FormMessage error) {
        String current = context.getUser().getFirstAttribute(ADDRESS_ATTRIBUTE);
        LoginFormsProvider form = context.form()
                .setAttribute("alertAddress", current == null ? "" : current)
                .setAttribute("typedAlertEmail", typed == null || typed.length() > 254 ? "" : typed);
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(PAGE);
    }

    private static Response done(RequiredActionContext context, String result, String address) {
        return context.form()
                .setAttribute("loginAlertResult", result)
                .setAttribute("alertEmail", address)
                .createForm(DONE_PAGE);
    }
}
