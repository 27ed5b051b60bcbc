package jp.ocn.mypage.linking;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.corporate.CorporateAccountsProvider;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.Constants;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Links a customer number to the signed-in account: offered after sign-in to accounts without one
 * (お客さま番号を登録する / 後で登録する, asked again next sign-in), or started by the portal
 * ({@code kc_action=mypage-link-customer}). Proof of holding the number (birth date plus postal code or kana
 * name), then a code to a contact phone of that customer; only then the link, an event and a mail.
 */
public final class CustomerLinkAction extends PortalAction {

    public static final String PROVIDER_ID = "mypage-link-customer";
    private static final String LATER_NOTE = "mypage.link.later";
    private static final String STAGE = "mypage.link.stage";
    private static final String NUMBER = "mypage.link.number";
    private static final String PROOF_STAGE = "proof";
    private static final String CODE_STAGE = "code";
    private static final String CODE_PURPOSE = "mypageLinkCodePurpose";
    /** Step-up before a further number: a code to a phone the account already has (purpose line and code purpose). */
    private static final String PROVE_PURPOSE = "mypageLinkProvePurpose";

    private static final String STEP_UP_STAGE = "stepUp";
    private static final String STEPPED_UP_NOTE = "mypage.link.steppedUp";

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        // Offered at sign-in only: an action the portal started (e.g. removing the last number) is not interrupted.
        boolean portalAction = auth.getClientNote(Constants.KC_ACTION) != null;
        if (!portalAction
                && auth.getAuthNote(LATER_NOTE) == null
                && !corporateUserId(context)
                && directory(context)
                        .linkedCustomers(context.getRealm(), context.getUser().getId())
                        .isEmpty()) {
            // On the authentication session only: offered at every sign-in, never stored on the account.
            auth.addRequiredAction(PROVIDER_ID);
        }
    }

    /** A corporate user ID (利用者ID) works for its corporation and never links a customer number of its own. */
    private static boolean corporateUserId(RequiredActionContext context) {
        CorporateAccountsProvider corporate = context.getSession().getProvider(CorporateAccountsProvider.class);
        return corporate != null
                && corporate
                        .userIdOf(context.getRealm(), context.getUser().getId())
                        .isPresent();
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (corporateUserId(context)) {
            // Started by the portal with kc_action: refused the same way as when the customer cancels.
            context.cancel();
            return;
        }
        String stage = auth.getAuthNote(STAGE);
        List<Customer> linked = directory(context)
                .linkedCustomers(context.getRealm(), context.getUser().getId());
        if (stepUpPending(context, linked)) {
            auth.setAuthNote(STAGE, STEP_UP_STAGE);
            if (ActionCodeSteps.start(context, PROVE_PURPOSE, linked) == ActionCodeSteps.Outcome.CANCELLED) {
                later(context);
            }
        } else if (CODE_STAGE.equals(stage)) {
            customer(context)
                    .ifPresentOrElse(
                            c -> ActionCodeSteps.start(context, CODE_PURPOSE, List.of(c)), () -> restart(context));
        } else if (PROOF_STAGE.equals(stage) || startedByPortal(context)) {
            auth.setAuthNote(STAGE, PROOF_STAGE);
            context.challenge(LinkPages.proof(context, null, null));
        } else {
            context.challenge(LinkPages.offer(context));
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String action = String.valueOf(form.getFirst("action"));
        List<Customer> linked = directory(context)
                .linkedCustomers(context.getRealm(), context.getUser().getId());
        if (action.equals("later") || action.equals("cancel")) {
            later(context);
        } else if (stepUpPending(context, linked)) {
            // Nothing else of this action is reachable before the step-up: no proof, no code to the new customer.
            auth.setAuthNote(STAGE, STEP_UP_STAGE);
            ActionCodeSteps.Outcome outcome = ActionCodeSteps.handle(context, PROVE_PURPOSE, linked, form);
            if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
                auth.setAuthNote(STEPPED_UP_NOTE, "true");
                auth.setAuthNote(STAGE, PROOF_STAGE);
                context.challenge(LinkPages.proof(context, null, null));
            } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
                later(context);
            }
        } else if (CODE_STAGE.equals(auth.getAuthNote(STAGE))) {
            Optional<Customer> customer = customer(context);
            if (customer.isEmpty()) {
                restart(context);
                return;
            }
            ActionCodeSteps.Outcome outcome =
                    ActionCodeSteps.handle(context, CODE_PURPOSE, List.of(customer.get()), form);
            if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
                new LinkCompletion(context, LinkConfig.of(context.getRealm()))
                        .complete(customer.get().customerNumber());
                forget(auth);
            } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
                later(context);
            }
        } else if (action.equals("start") || PROOF_STAGE.equals(auth.getAuthNote(STAGE))) {
            auth.setAuthNote(STAGE, PROOF_STAGE);
            if (action.equals("start")) {
                context.challenge(LinkPages.proof(context, null, null));
            } else {
                checkProof(context, form);
            }
        } else {
            context.challenge(LinkPages.offer(context));
        }
    }

    private void checkProof(RequiredActionContext context, MultivaluedMap<String, String> form) {
        HolderProof proof = HolderProof.read(
                form.getFirst("customerNumber"),
                form.getFirst("birthDate"),
                form.getFirst("postalCode"),
                form.getFirst("kana"));
        if (!proof.valid()) {
            context.challenge(LinkPages.proof(context, form, new FormMessage(proof.problemField(), proof.problem())));
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        UserModel user = context.getUser();
        LinkAttempts attempts = new LinkAttempts(
                context.getSession().getProvider(SingleUseObjectProvider.class), LinkConfig.of(context.getRealm()));
        Optional<LinkAttempts.Claim> claim = attempts.claim(user.getId(), proof.customerNumber(), now);
        if (claim.isEmpty()) {
            event(context).error(MyPageErrors.LINK_LIMITED);
            context.challenge(LinkPages.proof(context, form, new FormMessage("customerNumber", "mypageLinkLimited")));
            return;
        }
        Optional<Customer> customer = directory(context).findByNumber(context.getRealm(), proof.customerNumber());
        if (customer.isEmpty() || !proof.matches(customer.get())) {
            // One message whether the number exists or not: the page must not tell which numbers are real.
            event(context).detail(MyPageDetails.CUSTOMER_KNOWN, "hidden").error(MyPageErrors.LINK_PROOF_FAILED);
            context.challenge(
                    LinkPages.proof(context, form, new FormMessage("customerNumber", "mypageLinkProofFailed")));
            return;
        }
        claim.get().matched();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.setAuthNote(NUMBER, proof.customerNumber());
        auth.setAuthNote(STAGE, CODE_STAGE);
        ActionCodeSteps.start(context, CODE_PURPOSE, List.of(customer.get()));
    }

    /**
     * An account that already has a linked customer links another only after a code to one of the phones it has
     * (skipped when this sign-in reached level 2): the password alone must not add phones that receive the
     * account's codes. The first link needs none: the account has no phone yet, and the code to the new customer's
     * phone proves holding that customer.
     */
    private static boolean stepUpPending(RequiredActionContext context, List<Customer> linked) {
        return !linked.isEmpty()
                && !"true".equals(context.getAuthenticationSession().getAuthNote(STEPPED_UP_NOTE))
                && !ActionCodeSteps.steppedUp(context);
    }

    /** No offer in this sign-in any more (e.g. the user just removed their last number on purpose). */
    static void notNow(AuthenticationSessionModel auth) {
        auth.setAuthNote(LATER_NOTE, "true");
    }

    private void later(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        forget(auth);
        auth.setAuthNote(LATER_NOTE, "true");
        if (startedByPortal(context)) {
            context.cancel();
        } else {
            context.getEvent().detail(MyPageDetails.LINK, "later");
            context.success();
        }
    }

    private void restart(RequiredActionContext context) {
        String steppedUp = context.getAuthenticationSession().getAuthNote(STEPPED_UP_NOTE);
        forget(context.getAuthenticationSession());
        if (steppedUp != null) {
            context.getAuthenticationSession().setAuthNote(STEPPED_UP_NOTE, steppedUp);
        }
        context.getAuthenticationSession().setAuthNote(STAGE, PROOF_STAGE);
        context.challenge(LinkPages.proof(context, null, new FormMessage("customerNumber", "mypageLinkProofFailed")));
    }

    private static Optional<Customer> customer(RequiredActionContext context) {
        String number = context.getAuthenticationSession().getAuthNote(NUMBER);
        return number == null ? Optional.empty() : directory(context).findByNumber(context.getRealm(), number);
    }

    private static boolean startedByPortal(RequiredActionContext context) {
        return PROVIDER_ID.equals(context.getAuthenticationSession().getClientNote(Constants.KC_ACTION));
    }

    private static CustomerDirectoryProvider directory(RequiredActionContext context) {
        return context.getSession().getProvider(CustomerDirectoryProvider.class);
    }

    static EventBuilder event(RequiredActionContext context) {
        return MyPageEvents.step(context.getEvent(), context.getUser(), PROVIDER_ID);
    }

    private static void forget(AuthenticationSessionModel auth) {
        auth.removeAuthNote(STAGE);
        auth.removeAuthNote(NUMBER);
        auth.removeAuthNote(STEPPED_UP_NOTE);
        ActionCodeSteps.forget(auth);
    }
}
