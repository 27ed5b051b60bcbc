package jp.ocn.mypage.login;

import jakarta.ws.rs.core.Response;
import jp.ocn.mypage.customer.AccountStanding;
import jp.ocn.mypage.customer.SignInStanding;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.support.UserGate;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.RealmModel;

/**
 * Runs after the user is known and lets them in by contract status: withdrawn (退会) never, cancelled
 * (解約後) read-only until the retention period ends, unregistered (未登録) always. Realm-config puts it in
 * every flow that ends in a sign-in: the browser flows, the password-reset routes, and a post-broker-login
 * flow for identity brokering (the user is known there too). Tokens are checked again at every issue and
 * refresh by the client-policy executor {@code mypage-contract-gate}.
 */
public final class ContractStatusGate extends UserGate {

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
        refuse(context, Response.Status.FORBIDDEN, withdrawn ? "mypageWithdrawn" : "mypageCancelledExpired");
    }
}
