package jp.ocn.mypage.login;

import jakarta.ws.rs.core.Response;
import jp.ocn.mypage.customer.AccountStanding;
import jp.ocn.mypage.customer.SignInStanding;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.RealmModel;

/**
 * Runs after the user is known and lets them in by contract status: withdrawn (退会) never, cancelled
 * (解約後) read-only until the retention period ends, unregistered (未登録) always. Realm-config puts it in
 * every flow that ends in a sign-in: the browser flows, the password-reset routes, and a post-broker-login
 * flow for identity brokering (the user is known there too). Tokens are checked again at every issue and
 * refresh by the client-policy executor {@code mypage-contract-gate}.
 */
public final class ContractStatusGate extends FormStepAuthenticator {

    public static final String ACCOUNT_STATUS_NOTE = "mypage.account_status";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RealmModel realm = context.getRealm();
        AccountStanding standing =
                SignInStanding.of(context.getSession(), realm, context.getUser().getId());
        if (standing.allowed()) {
            standing.status().ifPresent(s -> {
                context.getAuthenticationSession().setUserSessionNote(ACCOUNT_STATUS_NOTE, s.value());
                context.getEvent().detail(MyPageDetails.ACCOUNT_STATUS, s.value());
            });
            context.success();
            return;
        }
        boolean withdrawn = standing.refusal() == AccountStanding.Refusal.WITHDRAWN;
        context.getEvent()
                .user(context.getUser())
                .detail(MyPageDetails.ACCOUNT_STATUS, withdrawn ? "withdrawn" : "cancelled_expired")
                .error(withdrawn ? MyPageErrors.CONTRACT_WITHDRAWN : MyPageErrors.CONTRACT_RETENTION_OVER);
        Response page = context.form()
                .setError(withdrawn ? "mypageWithdrawn" : "mypageCancelledExpired")
                .createErrorPage(Response.Status.FORBIDDEN);
        // A challenge, not a failure: Keycloak counts failures towards brute-force lockout, and a refused
        // contract is no guessing attempt.
        context.forceChallenge(page);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return true;
    }
}
