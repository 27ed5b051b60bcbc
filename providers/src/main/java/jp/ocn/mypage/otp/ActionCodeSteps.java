package jp.ocn.mypage.otp;

import java.util.Set;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.services.managers.BruteForceProtector;

/** How a required action shows a code screen: a wrong code counts for brute-force lockout, as at sign-in. */
final class ActionCodeSteps {

    private ActionCodeSteps() {
    }

    /** The code context of a required action, with the purpose line the choice screen shows above the phones. */
    static CodeContext context(RequiredActionContext context, String purposeKey) {
        CodeContext base = CodeContext.of(context);
        return new CodeContext(base.session(), base.realm(), base.user(), base.authSession(), base.remoteAddr(),
                base.event(), () -> context.form().setAttribute("mypagePurpose", purposeKey));
    }

    static void show(RequiredActionContext context, CodeConversation.Show show) {
        if (show.failure()) {
            context.getSession().getProvider(BruteForceProtector.class).failedLogin(context.getRealm(), context.getUser(),
                    context.getConnection(), context.getUriInfo(), Set.of("otp"));
        }
        context.challenge(show.page());
    }
}
