package jp.ocn.mypage.restriction;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The login restriction at sign-in, a step after the password (and so after the lockout checks: a locked account
 * never gets here, so the refusal tells nothing about a password). From outside the user's line the sign-in is
 * refused with an explanation; the user may lift the restriction right there after a code to a registered phone
 * (a traveller gets in; a thief with only the password does not). Realm-config puts it in every flow that signs in.
 */
final class LoginRestrictionGate extends FormStepAuthenticator {

    static final String PROVIDER_ID = "mypage-login-restriction-gate";
    static final String PAGE = "mypage-login-restricted.ftl";
    /** Auth note: the user asked to lift the restriction, so posts belong to the code screens. */
    private static final String STAGE = "mypage.loginRestriction.lift";

    private static final String PURPOSE = "mypageLoginRestrictionLiftPurpose";

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.getAuthenticationSession().removeAuthNote(STAGE);
        if (outside(context)) {
            refuse(context);
        }
    }

    /** Every post decides again: posting to the refusal page or the code screens passes nothing by itself. */
    @Override
    public void action(AuthenticationFlowContext context) {
        if (!outside(context)) {
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if (auth.getAuthNote(STAGE) != null) {
            lift(context, form);
        } else if ("lift".equals(form.getFirst("action"))) {
            auth.setAuthNote(STAGE, "code");
            lift(context, null);
        } else {
            refuse(context);
        }
    }

    private static void lift(AuthenticationFlowContext context, MultivaluedMap<String, String> form) {
        ActionCodeSteps.Outcome outcome = ActionCodeSteps.forSignIn(context, PURPOSE, customers(context), form);
        if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
            context.getAuthenticationSession().removeAuthNote(STAGE);
            LoginRestriction.turnOff(context.getUser());
            MyPageEvents.step(context.getEvent(), context.getUser(), LoginRestrictionAction.PROVIDER_ID)
                    .detail(MyPageDetails.LOGIN_RESTRICTION, "lifted")
                    .success();
            context.getEvent().detail(MyPageDetails.LOGIN_RESTRICTION, "lifted");
            context.success();
        } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
            context.getAuthenticationSession().removeAuthNote(STAGE);
            ActionCodeSteps.forget(context.getAuthenticationSession());
            refuse(context);
        }
    }

    /** False after letting the user on (not restricted, or inside the line); true when the address is outside. */
    private static boolean outside(AuthenticationFlowContext context) {
        LoginRestriction.Verdict verdict =
                LoginRestriction.verdict(context.getSession(), context.getRealm(), context.getUser());
        if (verdict == LoginRestriction.Verdict.OUTSIDE) {
            return true;
        }
        if (verdict != LoginRestriction.Verdict.OFF) {
            context.getEvent()
                    .detail(MyPageDetails.LOGIN_RESTRICTION, verdict.name().toLowerCase(Locale.ROOT));
        }
        context.success();
        return false;
    }

    /** A challenge, not a failure: a refused sign-in is no guessing attempt and must not count towards lockout. */
    private static void refuse(AuthenticationFlowContext context) {
        context.getEvent()
                .clone()
                .user(context.getUser())
                .detail(MyPageDetails.LOGIN_RESTRICTION, "outside")
                .error(MyPageErrors.LOGIN_RESTRICTED);
        context.forceChallenge(context.form()
                .setAttribute("restrictionCanLift", !customers(context).isEmpty())
                .createForm(PAGE));
    }

    /** Whose phones may lift it: the account's customers (nothing is linked in a sign-in before this step). */
    private static List<Customer> customers(AuthenticationFlowContext context) {
        return context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(context.getRealm(), context.getUser().getId());
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        private static final LoginRestrictionGate GATE = new LoginRestrictionGate();

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage login restriction gate",
                    "ログイン制限: refuses sign-in from outside the user's OCN line when the user restricted it; the user "
                            + "may lift it after a code to a registered phone. After the password in every flow.",
                    List.of());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return GATE;
        }
    }
}
