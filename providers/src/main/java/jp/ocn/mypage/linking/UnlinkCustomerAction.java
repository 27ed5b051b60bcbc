package jp.ocn.mypage.linking;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.customer.SignInStanding;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.utils.FormMessage;

/**
 * Removes a linked customer number ({@code kc_action=mypage-unlink-customer}): step-up first (a code to a
 * contact phone, unless this sign-in reached level 2), then the number to remove. A corporate representative's
 * last corporate link stays: that is changed through the corporation's procedures, not here.
 */
public final class UnlinkCustomerAction extends PortalAction {

    public static final String PROVIDER_ID = "mypage-unlink-customer";
    static final String PAGE = "mypage-unlink.ftl";
    private static final String STAGE = "mypage.unlink.stage";
    private static final String CHOOSE_STAGE = "choose";
    private static final String PURPOSE = "mypageUnlinkProvePurpose";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (CHOOSE_STAGE.equals(context.getAuthenticationSession().getAuthNote(STAGE))
                || ActionCodeSteps.steppedUp(context)) {
            choose(context, null);
        } else if (ActionCodeSteps.start(context, PURPOSE, ActionCodeSteps.linkedCustomers(context))
                == ActionCodeSteps.Outcome.CANCELLED) {
            ActionCodeSteps.cancel(context, STAGE);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        if ("cancel".equals(form.getFirst("action"))) {
            ActionCodeSteps.cancel(context, STAGE);
        } else if (CHOOSE_STAGE.equals(context.getAuthenticationSession().getAuthNote(STAGE))) {
            unlink(context, form.getFirst("customerNumber"));
        } else {
            ActionCodeSteps.Outcome outcome =
                    ActionCodeSteps.handle(context, PURPOSE, ActionCodeSteps.linkedCustomers(context), form);
            if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
                choose(context, null);
            } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
                ActionCodeSteps.cancel(context, STAGE);
            }
        }
    }

    private void choose(RequiredActionContext context, FormMessage error) {
        context.getAuthenticationSession().setAuthNote(STAGE, CHOOSE_STAGE);
        var form = context.form()
                .setAttribute(
                        "linkedNumbers",
                        ActionCodeSteps.linkedCustomers(context).stream()
                                .map(Customer::customerNumber)
                                .toList());
        if (error != null) {
            form.addError(error);
        }
        context.challenge(form.createForm(PAGE));
    }

    private void unlink(RequiredActionContext context, String number) {
        List<Customer> linked = ActionCodeSteps.linkedCustomers(context);
        Optional<Customer> chosen =
                linked.stream().filter(c -> c.customerNumber().equals(number)).findFirst();
        if (chosen.isEmpty()) {
            choose(context, new FormMessage("customerNumber", "mypageUnlinkChoose"));
            return;
        }
        if (!SignInStanding.of(
                        context.getSession(),
                        context.getRealm(),
                        context.getUser().getId())
                .allowed()) {
            // An account that may not sign in must not become 未登録 (always let in) by dropping its last links.
            CustomerLinkAction.event(context)
                    .detail(MyPageDetails.CUSTOMER_NUMBER, number)
                    .error(MyPageErrors.UNLINK_REFUSED_ACCOUNT);
            choose(context, new FormMessage("customerNumber", "mypageUnlinkRefusedAccount"));
            return;
        }
        if (chosen.get().corporate()
                && linked.stream().filter(Customer::corporate).count() == 1) {
            CustomerLinkAction.event(context)
                    .detail(MyPageDetails.CUSTOMER_NUMBER, number)
                    .error(MyPageErrors.UNLINK_REPRESENTATIVE);
            choose(context, new FormMessage("customerNumber", "mypageUnlinkRepresentative"));
            return;
        }
        context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .unlink(context.getRealm(), number, context.getUser().getId());
        context.getAuthenticationSession().removeAuthNote(STAGE);
        CustomerLinkAction.notNow(context.getAuthenticationSession());
        context.getEvent().detail(MyPageDetails.CUSTOMER_NUMBER, number);
        context.success();
    }
}
