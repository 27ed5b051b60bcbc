package jp.ocn.mypage.restriction;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.customer.LineNetwork;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.PortalAction;
import jp.ocn.mypage.support.StatelessActionFactory;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserSessionModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * ログイン制限 settings in the account area ({@code kc_action=mypage-login-restriction}). Turning it on explains what
 * it does and is offered only when the account's customers list line networks. Turning it off takes a code to a
 * registered phone (unless this sign-in reached level 2), as lifting it at a refused sign-in does: a phone proves
 * only a customer linked before this sign-in, so whoever holds the password cannot link a number of their own and
 * then use its phone.
 */
final class LoginRestrictionAction extends PortalAction {

    static final String PROVIDER_ID = "mypage-login-restriction";
    static final String PAGE = "mypage-login-restriction.ftl";
    private static final String STAGE = "mypage.loginRestriction.off";
    private static final String PURPOSE = "mypageLoginRestrictionOffPurpose";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        context.getAuthenticationSession().removeAuthNote(STAGE);
        context.challenge(page(context, null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = String.valueOf(form.getFirst("action"));
        if (context.getAuthenticationSession().getAuthNote(STAGE) != null) {
            codeStep(context, form, action);
        } else if (action.equals("on")) {
            turnOn(context);
        } else if (action.equals("off") && LoginRestriction.isOn(context.getUser())) {
            if (ActionCodeSteps.steppedUp(context)) {
                turnOff(context);
                return;
            }
            context.getAuthenticationSession().setAuthNote(STAGE, "code");
            if (ActionCodeSteps.start(context, PURPOSE, provers(context)) == ActionCodeSteps.Outcome.CANCELLED) {
                ActionCodeSteps.cancel(context, STAGE);
            }
        } else {
            context.success();
        }
    }

    private void codeStep(RequiredActionContext context, MultivaluedMap<String, String> form, String action) {
        if (action.equals("cancel")) {
            ActionCodeSteps.cancel(context, STAGE);
            return;
        }
        ActionCodeSteps.Outcome outcome = ActionCodeSteps.handle(context, PURPOSE, provers(context), form);
        if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
            turnOff(context);
        } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
            ActionCodeSteps.cancel(context, STAGE);
        }
    }

    private static void turnOn(RequiredActionContext context) {
        if (networks(context).isEmpty()) {
            MyPageEvents.step(context.getEvent(), context.getUser(), PROVIDER_ID)
                    .error(MyPageErrors.LOGIN_RESTRICTION_NO_NETWORKS);
            context.challenge(page(context, null));
            return;
        }
        LoginRestriction.turnOn(context.getUser());
        MyPageEvents.step(context.getEvent(), context.getUser(), PROVIDER_ID)
                .detail(MyPageDetails.LOGIN_RESTRICTION, "on")
                .success();
        context.challenge(page(context, "on"));
    }

    private static void turnOff(RequiredActionContext context) {
        context.getAuthenticationSession().removeAuthNote(STAGE);
        LoginRestriction.turnOff(context.getUser());
        MyPageEvents.step(context.getEvent(), context.getUser(), PROVIDER_ID)
                .detail(MyPageDetails.LOGIN_RESTRICTION, "off")
                .success();
        context.challenge(page(context, "off"));
    }

    private static List<LineNetwork> networks(RequiredActionContext context) {
        return LoginRestriction.networks(context.getSession(), context.getRealm(), context.getUser());
    }

    /**
     * The customers whose phones may prove the holder: those linked before this sign-in started (its user session;
     * the second after its start, as links keep milliseconds and sessions seconds).
     */
    private static List<Customer> provers(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        UserSessionModel userSession = context.getSession()
                .sessions()
                .getUserSession(context.getRealm(), auth.getParentSession().getId());
        long before = userSession == null ? System.currentTimeMillis() : (userSession.getStarted() + 1L) * 1000L;
        return context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .linkedCustomersBefore(context.getRealm(), context.getUser().getId(), before);
    }

    private static Response page(RequiredActionContext context, String result) {
        List<String> networks =
                networks(context).stream().map(LineNetwork::text).toList();
        return context.form()
                .setAttribute("restrictionOn", LoginRestriction.isOn(context.getUser()))
                .setAttribute("restrictionNetworks", networks)
                .setAttribute("restrictionResult", result == null ? "" : result)
                .createForm(PAGE);
    }

    public static final class Factory extends StatelessActionFactory {

        public Factory() {
            super(PROVIDER_ID, "MyPage: login restriction (ログイン制限)", new LoginRestrictionAction());
        }
    }
}
