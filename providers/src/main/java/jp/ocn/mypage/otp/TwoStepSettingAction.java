package jp.ocn.mypage.otp;

import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * Turns two-step sign-in on or off for the signed-in account, after a code to one of its contact phones
 * proves the phone works. Started by the portal as an application-initiated action
 * ({@code kc_action=mypage-two-step-on} / {@code mypage-two-step-off}).
 */
public final class TwoStepSettingAction implements RequiredActionProvider {

    /** User attribute read by the sign-in flow's condition (realm-config: "mypage browser two-step"). */
    public static final String ATTRIBUTE = "mypage.twoStep";

    private final boolean enable;

    TwoStepSettingAction(boolean enable) {
        this.enable = enable;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // Only ever started on request, never imposed.
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        apply(context, conversation(context).start());
    }

    @Override
    public void processAction(RequiredActionContext context) {
        apply(context, conversation(context).handle(context.getHttpRequest().getDecodedFormParameters()));
    }

    private CodeConversation conversation(RequiredActionContext context) {
        String purpose = enable ? "mypageTwoStepOnPurpose" : "mypageTwoStepOffPurpose";
        CodeContext base = CodeContext.of(context);
        CodeContext withPurpose = new CodeContext(base.session(), base.realm(), base.user(), base.authSession(),
                base.remoteAddr(), base.event(), () -> context.form().setAttribute("mypagePurpose", purpose));
        return new CodeConversation(withPurpose, PhoneCodeConfig.DEFAULTS);
    }

    private void apply(RequiredActionContext context, CodeConversation.Step step) {
        UserModel user = context.getUser();
        if (step instanceof CodeConversation.Verified) {
            user.setSingleAttribute(ATTRIBUTE, Boolean.toString(enable));
            context.getEvent().detail("two_step", enable ? "on" : "off");
            context.success();
        } else if (step instanceof CodeConversation.Show show) {
            if (show.failure()) {
                context.getSession().getProvider(BruteForceProtector.class)
                        .failedLogin(context.getRealm(), user, context.getConnection(), context.getUriInfo(), java.util.Set.of("otp"));
            }
            context.challenge(show.page());
        } else {
            context.cancel();
        }
    }

    @Override
    public void close() {
    }
}
