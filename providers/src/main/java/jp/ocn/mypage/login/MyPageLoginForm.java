package jp.ocn.mypage.login;

import static org.keycloak.services.validation.Validation.FIELD_USERNAME;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.history.SignInRecord;
import jp.ocn.mypage.identity.LoginId;
import jp.ocn.mypage.identity.LoginIdKind;
import jp.ocn.mypage.identity.LoginIdNormalizer;
import jp.ocn.mypage.maintenance.MaintenanceNotice;
import jp.ocn.mypage.password.legacy.FailurePace;
import jp.ocn.mypage.password.legacy.LegacyHashProblems;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.browser.UsernamePasswordForm;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * Keycloak's username/password form with MyPage's single login field: the field takes an OCN ID or a
 * customer number in any spelling customers type. The input is normalised first; a wrong kind of ID gets
 * guidance by its shape alone (and connection IDs by the directory), everything else goes through
 * Keycloak's own password check, which answers unknown IDs and wrong passwords alike (dummy hash). A locked ID, and
 * an unknown one after as many failures, gets the lock answer without any password check.
 */
public final class MyPageLoginForm extends UsernamePasswordForm {

    /** User session note: the password was checked in this session (amr "pwd"). */
    public static final String PASSWORD_NOTE = "mypage.amr.pwd";

    public MyPageLoginForm(KeycloakSession session) {
        super(session);
    }

    /** The page shows a maintenance window under way or coming soon (the form provider is one per request). */
    @Override
    public void authenticate(AuthenticationFlowContext context) {
        MaintenanceNotice.addTo(context.form(), context.getSession(), context.getAuthenticationSession());
        super.authenticate(context);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MaintenanceNotice.addTo(context.form(), context.getSession(), context.getAuthenticationSession());
        // The login history shows device and method of this attempt (the sign-in event carries them).
        SignInRecord.device(context.getEvent(), context.getSession());
        SignInRecord.method(context.getEvent(), "password");
        super.action(context);
    }

    @Override
    protected boolean validateForm(AuthenticationFlowContext context, MultivaluedMap<String, String> formData) {
        LoginId id = LoginIdNormalizer.parse(formData.getFirst(AuthenticationManager.FORM_USERNAME));
        CustomerDirectoryProvider directory = context.getSession().getProvider(CustomerDirectoryProvider.class);
        boolean connectionId = id.kind() == LoginIdKind.OCN_MAIL
                && directory.connectionIdOwner(context.getRealm(), id.value()).isPresent();
        context.getEvent()
                .detail(
                        MyPageDetails.LOGIN_ID_KIND,
                        connectionId ? "connection_id" : id.kind().eventValue());
        String guidance = connectionId ? "mypageConnectionIdNotLoginId" : guidanceFor(id.kind());
        if (guidance != null) {
            context.getEvent().error(MyPageErrors.WRONG_ID_KIND);
            context.forceChallenge(challenge(context, guidance, FIELD_USERNAME));
            return false;
        }
        String username = username(context, directory, id);
        UserModel user =
                isUserAlreadySetBeforeUsernamePasswordAuth(context) ? context.getUser() : findUser(context, username);
        if (user != null && isDisabledByBruteForce(context, user)) {
            return false;
        }
        UnknownIdFailures unknown =
                user == null ? UnknownIdFailures.of(context.getSession(), context.getRealm(), id.value()) : null;
        if (unknown != null) {
            BruteForceRules.Lock lock = unknown.lock();
            if (lock != BruteForceRules.Lock.NONE) {
                context.getEvent().detail(Details.USERNAME, username).error(MyPageErrors.UNKNOWN_ID_LOCKED);
                answerLocked(context, lock);
                return false;
            }
        }
        MultivaluedMap<String, String> resolved = new MultivaluedHashMap<>();
        formData.forEach(resolved::put);
        resolved.putSingle(AuthenticationManager.FORM_USERNAME, username);
        boolean valid = super.validateForm(context, resolved);
        if (valid) {
            context.getAuthenticationSession().setUserSessionNote(PASSWORD_NOTE, "true");
        } else if (unknown != null && !isBlank(formData.getFirst(CredentialRepresentation.PASSWORD))) {
            unknown.failure(); // counted as Keycloak counts a real account's wrong password
        }
        return valid;
    }

    /** Set when this request got the lock answer: that answer never hashes, and is not padded. */
    private boolean lockAnswered;

    /**
     * A refused legacy hash (malformed, over its limits) writes its reason onto this sign-in's event; a refused check
     * lasts as long as any other ({@link FailurePace}).
     */
    @Override
    public boolean validatePassword(
            AuthenticationFlowContext context,
            UserModel user,
            MultivaluedMap<String, String> inputData,
            boolean clearUser) {
        long start = System.nanoTime();
        lockAnswered = false;
        boolean valid = LegacyHashProblems.reportingTo(
                context.getSession(),
                context.getEvent(),
                () -> super.validatePassword(context, user, inputData, clearUser));
        if (!valid && !lockAnswered) {
            // Argon2id, a legacy bcrypt and an unknown ID cost differently: every refusal lasts alike.
            FailurePace.padFrom(start, context.getSession(), context.getRealm());
        }
        return valid;
    }

    /** An unknown ID: Keycloak's dummy hash, then as long as any refused password check. */
    @Override
    public void testInvalidUser(AuthenticationFlowContext context, UserModel user) {
        long start = System.nanoTime();
        super.testInvalidUser(context, user);
        if (user == null) {
            FailurePace.padFrom(start, context.getSession(), context.getRealm());
        }
    }

    /**
     * Called before any password check. Another sign-in of the account under way: wait for it ({@link ConcurrentSignIn}).
     * A locked account: the lock answer, whatever password was typed, which is never checked ({@link LockedAccountAnswer}).
     */
    @Override
    protected boolean isDisabledByBruteForce(AuthenticationFlowContext context, UserModel user) {
        // Locked or busy (Keycloak's blocking protector says both the same way); which one is told apart below.
        if (AuthenticatorUtils.getDisabledByBruteForceEventError(context, user) == null) {
            return false;
        }
        if (!ConcurrentSignIn.reallyLocked(context, user)) {
            if (ConcurrentSignIn.awaitTurn(context, user)) {
                return false;
            }
            if (!ConcurrentSignIn.reallyLocked(context, user)) {
                context.getEvent().user(user).error(MyPageErrors.SIGN_IN_BUSY);
                context.forceChallenge(challenge(context, "mypageSignInBusy", FIELD_USERNAME));
                lockAnswered = true;
                return true;
            }
            // The other sign-in locked the account meanwhile: answer as for any locked account.
        }
        context.getEvent().user(user).error(ConcurrentSignIn.lockError(context, user));
        answerLocked(context, LockedAccountAnswer.lockOf(context.getSession(), context.getRealm(), user));
        lockAnswered = true;
        return true;
    }

    private void answerLocked(AuthenticationFlowContext context, BruteForceRules.Lock lock) {
        LockedAccountAnswer.Answer answer = LockedAccountAnswer.of(lock);
        LoginFormsProvider form =
                context.form().setExecution(context.getExecution().getId());
        form.addError(
                answer.parameter() == null
                        ? new FormMessage(FIELD_USERNAME, answer.messageKey())
                        : new FormMessage(FIELD_USERNAME, answer.messageKey(), answer.parameter()));
        context.forceChallenge(createLoginForm(form));
    }

    /** The account Keycloak's password check will look up (by user name only: the realm has no e-mail login). */
    private static UserModel findUser(AuthenticationFlowContext context, String username) {
        try {
            return KeycloakModelUtils.findUserByNameOrEmail(context.getSession(), context.getRealm(), username.trim());
        } catch (ModelDuplicateException e) {
            return null; // Keycloak's own check answers duplicates
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isEmpty();
    }

    private static String guidanceFor(LoginIdKind kind) {
        return switch (kind) {
            case MALFORMED_CUSTOMER_NUMBER -> "mypageCustomerNumberShape";
            case UNKNOWN_FORMAT -> "mypageLoginIdKinds";
            case TOO_LONG -> "mypageLoginIdTooLong";
            default -> null;
        };
    }

    /**
     * The Keycloak username to check the password against. A customer number stands for the OCN ID linked
     * to it (a corporation's representative ID); an unlinked one stays as typed and so finds no user, which
     * Keycloak answers exactly like a wrong password.
     */
    private static String username(AuthenticationFlowContext context, CustomerDirectoryProvider directory, LoginId id) {
        if (id.kind() != LoginIdKind.CUSTOMER_NUMBER) {
            return id.value();
        }
        return directory
                .linkedUserId(context.getRealm(), id.value())
                .map(userId -> context.getSession().users().getUserById(context.getRealm(), userId))
                .map(UserModel::getUsername)
                .orElse(id.value());
    }
}
