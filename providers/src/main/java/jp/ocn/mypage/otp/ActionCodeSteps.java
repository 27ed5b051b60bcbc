package jp.ocn.mypage.otp;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Set;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.models.UserModel;
import org.keycloak.services.managers.BruteForceProtector;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The code screens inside a required action: shown with a purpose line above the phones, and a wrong code
 * counts for brute-force lockout, as at sign-in. Other capabilities (e.g. linking) use the public methods.
 */
public final class ActionCodeSteps {

    /** What the action does next: go on (the code was right), or stop (a page is shown, or the user cancelled). */
    public enum Outcome {
        VERIFIED,
        SHOWN,
        CANCELLED
    }

    private static final int STEP_UP_LEVEL = 2;

    private ActionCodeSteps() {}

    /** Level 2 (password and code) reached in this sign-in, e.g. the portal sent acr_values=2 with the action. */
    public static boolean steppedUp(RequiredActionContext context) {
        return new AcrStore(context.getSession(), context.getAuthenticationSession())
                        .getLevelOfAuthenticationFromCurrentAuthentication()
                >= STEP_UP_LEVEL;
    }

    /** Starts (or resumes) a code to a contact phone of the given customers. */
    public static Outcome start(RequiredActionContext context, String purposeKey, List<Customer> customers) {
        return apply(context, conversation(context, purposeKey, customers).start());
    }

    /** Handles a post of the code screens. */
    public static Outcome handle(
            RequiredActionContext context,
            String purposeKey,
            List<Customer> customers,
            MultivaluedMap<String, String> form) {
        return apply(context, conversation(context, purposeKey, customers).handle(form));
    }

    /**
     * The code screens as a flow step for a user the flow has not signed in (the self-service unlock): started
     * or continued ({@code form} null to start), the right code counting although the account is locked.
     */
    public static Outcome forLockedUser(
            AuthenticationFlowContext context, UserModel user, String purposeKey, MultivaluedMap<String, String> form) {
        List<Customer> customers = context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(context.getRealm(), user.getId());
        return inFlow(context, user, purposeKey, customers, form, true);
    }

    /**
     * The code screens as a flow step for the flow's own user, whose password the flow already checked (e.g. lifting
     * the login restriction): started or continued ({@code form} null to start); a locked account's code counts not.
     */
    public static Outcome forSignIn(
            AuthenticationFlowContext context,
            String purposeKey,
            List<Customer> customers,
            MultivaluedMap<String, String> form) {
        return inFlow(context, context.getUser(), purposeKey, customers, form, false);
    }

    private static Outcome inFlow(
            AuthenticationFlowContext context,
            UserModel user,
            String purposeKey,
            List<Customer> customers,
            MultivaluedMap<String, String> form,
            boolean duringLockout) {
        CodeContext code = new CodeContext(
                context.getSession(),
                context.getRealm(),
                user,
                context.getAuthenticationSession(),
                context.getConnection().getRemoteAddr(),
                context.getEvent(),
                () -> context.form().setAttribute("mypagePurpose", purposeKey));
        CodeConversation conversation = new CodeConversation(
                code,
                PhoneCodeConfig.forRealm(context.getRealm()),
                purposeKey,
                ChoosablePhone.of(customers),
                duringLockout);
        CodeConversation.Step step = form == null ? conversation.start() : conversation.handle(form);
        if (step instanceof CodeConversation.Verified) {
            return Outcome.VERIFIED;
        }
        if (step instanceof CodeConversation.Show show) {
            if (show.failure()) {
                context.getSession()
                        .getProvider(BruteForceProtector.class)
                        .failedLogin(
                                context.getRealm(), user, context.getConnection(), context.getUriInfo(), Set.of("otp"));
            }
            context.challenge(show.page());
            return Outcome.SHOWN;
        }
        return Outcome.CANCELLED;
    }

    /** The user cancels the action: its stage note and its code, if any, go, and Keycloak is told. */
    public static void cancel(RequiredActionContext context, String stageNote) {
        context.getAuthenticationSession().removeAuthNote(stageNote);
        forget(context.getAuthenticationSession());
        context.cancel();
    }

    /** The customers linked to the action's user: whose phones may receive its code. */
    public static List<Customer> linkedCustomers(RequiredActionContext context) {
        return context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(context.getRealm(), context.getUser().getId());
    }

    /** An abandoned code exchange (cancelled, put off, restarted): its code, if any, dies with it. */
    public static void forget(AuthenticationSessionModel auth) {
        new CodeNotes(auth).clearChoice();
    }

    private static CodeConversation conversation(
            RequiredActionContext context, String purposeKey, List<Customer> customers) {
        return new CodeConversation(
                context(context, purposeKey),
                PhoneCodeConfig.forRealm(context.getRealm()),
                purposeKey,
                ChoosablePhone.of(customers));
    }

    private static Outcome apply(RequiredActionContext context, CodeConversation.Step step) {
        if (step instanceof CodeConversation.Verified) {
            return Outcome.VERIFIED;
        }
        if (step instanceof CodeConversation.Show show) {
            show(context, show);
            return Outcome.SHOWN;
        }
        return Outcome.CANCELLED;
    }

    /** The code context of a required action, with the purpose line the choice screen shows above the phones. */
    static CodeContext context(RequiredActionContext context, String purposeKey) {
        CodeContext base = CodeContext.of(context);
        return new CodeContext(
                base.session(),
                base.realm(),
                base.user(),
                base.authSession(),
                base.remoteAddr(),
                base.event(),
                () -> context.form().setAttribute("mypagePurpose", purposeKey));
    }

    static void show(RequiredActionContext context, CodeConversation.Show show) {
        if (show.failure()) {
            context.getSession()
                    .getProvider(BruteForceProtector.class)
                    .failedLogin(
                            context.getRealm(),
                            context.getUser(),
                            context.getConnection(),
                            context.getUriInfo(),
                            Set.of("otp"));
        }
        context.challenge(show.page());
    }
}
