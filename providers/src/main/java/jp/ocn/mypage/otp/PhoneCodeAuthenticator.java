package jp.ocn.mypage.otp;

import jp.ocn.mypage.history.SignInRecord;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;

/**
 * A 6-digit code by SMS or automated voice call to a registered contact phone the user picks: the second
 * factor of two-step sign-in and the step-up before risky operations (level of authentication 2).
 */
public final class PhoneCodeAuthenticator extends FormStepAuthenticator {

    /** User session note read by the token mapper: the channel of the last verified code. */
    public static final String VERIFIED_CHANNEL_NOTE = "mypage.amr.code";
    /** Auth note: a code was already verified in this flow, so a second code step passes at once. */
    static final String VERIFIED_IN_FLOW = "mypage.code.verifiedInFlow";
    /** What a code of this step completes: the sign-in (two-step sign-in or step-up of the flow). */
    static final String PURPOSE = "sign-in";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (context.getAuthenticationSession().getAuthNote(VERIFIED_IN_FLOW) != null) {
            context.success();
            return;
        }
        apply(context, conversation(context).start());
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // The login history shows this step's channel and device on the sign-in event it ends in (success or failure).
        SignInRecord.device(context.getEvent(), context.getSession());
        String channel = context.getAuthenticationSession().getAuthNote(CodeNotes.CHANNEL);
        if (channel != null) {
            SignInRecord.method(context.getEvent(), Channel.valueOf(channel).eventValue());
        }
        apply(context, conversation(context).handle(context.getHttpRequest().getDecodedFormParameters()));
    }

    private static CodeConversation conversation(AuthenticationFlowContext context) {
        return new CodeConversation(
                CodeContext.of(context), PhoneCodeConfig.of(context.getAuthenticatorConfig()), PURPOSE);
    }

    private static void apply(AuthenticationFlowContext context, CodeConversation.Step step) {
        if (step instanceof CodeConversation.Verified verified) {
            context.getAuthenticationSession()
                    .setAuthNote(VERIFIED_IN_FLOW, verified.channel().name());
            context.getAuthenticationSession()
                    .setUserSessionNote(
                            VERIFIED_CHANNEL_NOTE, verified.channel().eventValue());
            context.success();
        } else if (step instanceof CodeConversation.Show show) {
            if (show.failure()) {
                // Wrong codes count like wrong passwords for Keycloak's brute-force protection.
                context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, show.page());
            } else {
                context.challenge(show.page());
            }
        } else {
            context.cancelLogin();
        }
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
