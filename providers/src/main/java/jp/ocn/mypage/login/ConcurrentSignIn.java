package jp.ocn.mypage.login;

import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Errors;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.managers.DefaultBruteForceProtector;

/**
 * Keycloak's brute-force protector refuses a sign-in while another of the same account is under way on this
 * node (so parallel guesses cannot dodge the failure count), and reports it as a lockout: a double submit or a
 * second tab would be told the password is wrong. Here such a sign-in waits its turn instead, briefly, and then
 * runs the normal checks, failures counted as always.
 */
final class ConcurrentSignIn {

    private static final long WAIT_MILLIS = 3_000;
    private static final long POLL_MILLIS = 50;

    private ConcurrentSignIn() {}

    /** True when the account is really locked (failures or permanent lockout), not merely busy. */
    static boolean reallyLocked(AuthenticationFlowContext context, UserModel user) {
        // The plain protector reads the stored lock state only, without the in-progress guard of the blocking one.
        BruteForceProtector state =
                new DefaultBruteForceProtector(context.getSession().getKeycloakSessionFactory());
        return state.isPermanentlyLockedOut(context.getSession(), context.getRealm(), user)
                || state.isTemporarilyDisabled(context.getSession(), context.getRealm(), user);
    }

    /**
     * The event error for a really locked account, from the stored state: with permanent lockout on, Keycloak's
     * blocking protector reports another sign-in under way as a permanent lockout ({@code user_disabled}), which
     * would tell support the account was disabled when it was only locked for a while.
     */
    static String lockError(AuthenticationFlowContext context, UserModel user) {
        BruteForceProtector state =
                new DefaultBruteForceProtector(context.getSession().getKeycloakSessionFactory());
        return state.isPermanentlyLockedOut(context.getSession(), context.getRealm(), user)
                ? Errors.USER_DISABLED
                : Errors.USER_TEMPORARILY_DISABLED;
    }

    /** Waits until this request may go on; false when the other sign-in still runs after the wait, or locked the account. */
    static boolean awaitTurn(AuthenticationFlowContext context, UserModel user) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (AuthenticatorUtils.getDisabledByBruteForceEventError(context, user) == null) {
                return true;
            }
            if (reallyLocked(context, user)) {
                return false;
            }
        }
        return false;
    }
}
