package jp.ocn.mypage.otp;

import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.UserModel;

/**
 * Turns two-step sign-in on or off for the signed-in account, after a code to one of its contact phones
 * proves the phone works. Started by the portal as an application-initiated action
 * ({@code kc_action=mypage-two-step-on} / {@code mypage-two-step-off}).
 */
public final class TwoStepSettingAction extends PortalAction {

    /** User attribute read by the sign-in flow's condition (realm-config: "mypage browser two-step"). */
    public static final String ATTRIBUTE = "mypage.twoStep";

    private final boolean enable;

    TwoStepSettingAction(boolean enable) {
        this.enable = enable;
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
        return new CodeConversation(
                ActionCodeSteps.context(context, purpose), PhoneCodeConfig.forRealm(context.getRealm()), purpose);
    }

    private void apply(RequiredActionContext context, CodeConversation.Step step) {
        UserModel user = context.getUser();
        if (step instanceof CodeConversation.Verified) {
            user.setSingleAttribute(ATTRIBUTE, Boolean.toString(enable));
            context.getEvent().detail(MyPageDetails.TWO_STEP, enable ? "on" : "off");
            context.success();
        } else if (step instanceof CodeConversation.Show show) {
            ActionCodeSteps.show(context, show);
        } else {
            context.cancel();
        }
    }
}
