package jp.ocn.mypage.lockout;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.AuthenticatorFactoryBase;
import jp.ocn.mypage.support.FormStepAuthenticator;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.Authenticator;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.services.managers.DefaultBruteForceProtector;

/**
 * The self-service unlock, a step of the recovery flow reached only through the lockout mail's link: a code to a
 * registered contact phone, then the lockout (temporary or permanent) is lifted. It ends on a page sending the user
 * to sign in with the password; it never signs anybody in.
 */
public final class SelfUnlockStep extends FormStepAuthenticator {

    public static final String PROVIDER_ID = "mypage-self-unlock";
    /** Event detail naming what happened to an unlock; event error for a link that lifts nothing. */
    private static final String USER_NOTE = "mypage.unlock.user";

    private static final String LINK_NOTE = "mypage.unlock.link";
    private static final String LOCK_NOTE = "mypage.unlock.lock";
    private static final String EXPIRY_NOTE = "mypage.unlock.exp";
    private static final String PURPOSE = "mypageUnlockPurpose";
    private static final String PAGE = "mypage-unlock-done.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        String key = context.getUriInfo().getQueryParameters().getFirst(SelfUnlockLink.KEY_PARAM);
        if (key != null) {
            Optional<SelfUnlockLink.Verified> link =
                    SelfUnlockLink.verify(context.getSession(), context.getRealm(), key);
            if (link.isEmpty()) {
                context.getEvent()
                        .clone()
                        .detail(MyPageDetails.UNLOCK, "bad_link")
                        .error(MyPageErrors.UNLOCK_LINK_INVALID);
                end(context, "invalid");
                return;
            }
            context.getAuthenticationSession()
                    .setAuthNote(USER_NOTE, link.get().user().getId());
            context.getAuthenticationSession().setAuthNote(LINK_NOTE, link.get().nonce());
            context.getAuthenticationSession().setAuthNote(LOCK_NOTE, link.get().lockId());
            context.getAuthenticationSession()
                    .setAuthNote(EXPIRY_NOTE, Long.toString(link.get().expiresAt()));
        }
        user(context).ifPresentOrElse(user -> step(context, user, null), () -> end(context, "invalid"));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        user(context).ifPresentOrElse(user -> step(context, user, form), () -> end(context, "invalid"));
    }

    private void step(AuthenticationFlowContext context, UserModel user, MultivaluedMap<String, String> form) {
        ActionCodeSteps.Outcome outcome = ActionCodeSteps.forLockedUser(context, user, PURPOSE, form);
        if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
            // Claim the link first (one atomic operation, bound to its lock), then lift the lock.
            boolean won = SelfUnlockLink.redeem(context.getSession(), redeeming(context, user));
            context.getAuthenticationSession().removeAuthNote(USER_NOTE);
            if (!won) {
                context.getEvent()
                        .clone()
                        .user(user)
                        .detail(MyPageDetails.UNLOCK, "link_spent")
                        .error(MyPageErrors.UNLOCK_LINK_INVALID);
                end(context, "invalid");
                return;
            }
            unlock(context, user);
            LockEpisode.end(context.getSession(), user.getId());
            context.getEvent()
                    .clone()
                    .user(user)
                    .detail(MyPageDetails.UNLOCK, "self_service")
                    .success();
            end(context, "unlocked");
        } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
            end(context, "stopped");
        }
    }

    private static void unlock(AuthenticationFlowContext context, UserModel user) {
        // The stored state, not the blocking protector's: that one also answers "permanently locked" while another
        // sign-in of the account is under way, and would enable an account an operator had disabled.
        BruteForceProtector protector =
                new DefaultBruteForceProtector(context.getSession().getKeycloakSessionFactory());
        if (protector.isPermanentlyLockedOut(context.getSession(), context.getRealm(), user)) {
            // A permanent lockout disabled the account; Keycloak's clean-up only drops the lockout mark.
            protector.cleanUpPermanentLockout(context.getSession(), context.getRealm(), user);
            user.setEnabled(true);
        }
        context.getSession().loginFailures().removeUserLoginFailure(context.getRealm(), user.getId());
    }

    private static SelfUnlockLink.Verified redeeming(AuthenticationFlowContext context, UserModel user) {
        String expiry = context.getAuthenticationSession().getAuthNote(EXPIRY_NOTE);
        return new SelfUnlockLink.Verified(
                user,
                context.getAuthenticationSession().getAuthNote(LINK_NOTE),
                context.getAuthenticationSession().getAuthNote(LOCK_NOTE),
                expiry == null ? 0 : Long.parseLong(expiry));
    }

    private static Optional<UserModel> user(AuthenticationFlowContext context) {
        String id = context.getAuthenticationSession().getAuthNote(USER_NOTE);
        return Optional.ofNullable(
                id == null ? null : context.getSession().users().getUserById(context.getRealm(), id));
    }

    private static void end(AuthenticationFlowContext context, String result) {
        context.challenge(context.form().setAttribute("unlockResult", result).createForm(PAGE));
    }

    public static final class Factory extends AuthenticatorFactoryBase {

        private static final SelfUnlockStep INSTANCE = new SelfUnlockStep();

        public Factory() {
            super(
                    PROVIDER_ID,
                    "MyPage self-service unlock",
                    "From the lockout mail's link: a code to a registered phone, then the lockout is lifted.",
                    List.of());
        }

        @Override
        public Authenticator create(KeycloakSession session) {
            return INSTANCE;
        }
    }
}
