package jp.ocn.mypage.lockout;

import java.util.List;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.otp.ActionCodeSteps;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * The self-service unlock, reached only through the lockout mail's link: a code to a registered contact phone,
 * then the lockout (temporary or permanent) is lifted and the user is sent to sign in with the password.
 */
public final class SelfUnlockAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "mypage-self-unlock";
    private static final String PURPOSE = "mypageUnlockPurpose";
    private static final String PAGE = "mypage-unlock-done.ftl";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Only from the unlock link.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (ActionCodeSteps.start(context, PURPOSE, linked(context)) == ActionCodeSteps.Outcome.CANCELLED) {
            context.challenge(context.form().setAttribute("unlocked", false).createForm(PAGE));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        ActionCodeSteps.Outcome outcome = ActionCodeSteps.handleDuringLockout(context, PURPOSE, linked(context),
                context.getHttpRequest().getDecodedFormParameters());
        if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
            unlock(context);
            spendLink(context);
            context.getEvent().clone().detail("custom_required_action", PROVIDER_ID).detail("unlock", "self_service").success();
            // The password has not been typed: the user signs in as usual rather than being signed in here.
            context.challenge(context.form().setAttribute("unlocked", true).createForm(PAGE));
        } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
            context.challenge(context.form().setAttribute("unlocked", false).createForm(PAGE));
        }
    }

    private static void unlock(RequiredActionContext context) {
        UserModel user = context.getUser();
        BruteForceProtector protector = context.getSession().getProvider(BruteForceProtector.class);
        if (protector.isPermanentlyLockedOut(context.getSession(), context.getRealm(), user)) {
            protector.cleanUpPermanentLockout(context.getSession(), context.getRealm(), user);
        }
        context.getSession().loginFailures().removeUserLoginFailure(context.getRealm(), user.getId());
    }

    /** The link ends on a page, not in a sign-in (when Keycloak would spend it): it is spent here, after the unlock. */
    private static void spendLink(RequiredActionContext context) {
        String link = context.getAuthenticationSession().getAuthNote(SelfUnlockTokenHandler.LINK_NOTE);
        if (link != null) {
            context.getSession().singleUseObjects().put(SelfUnlockTokenHandler.spentKey(link), SelfUnlockToken.LIFETIME_SECONDS, null);
        }
    }

    private static List<Customer> linked(RequiredActionContext context) {
        return context.getSession().getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(context.getRealm(), context.getUser().getId());
    }

    @Override
    public void close() {
    }
}
