package jp.ocn.mypage.daccount;

import jakarta.ws.rs.core.MultivaluedMap;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.PortalAction;
import jp.ocn.mypage.support.StatelessActionFactory;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.events.Details;
import org.keycloak.events.EventType;

/**
 * Ends the link with the dアカウント ({@code kc_action=mypage-daccount-unlink}) after step-up: a code to a contact
 * phone, unless this sign-in reached level 2 within its max age (the portal sent {@code acr_values=2}). A password
 * alone never unlinks. The removal is Keycloak's event {@code REMOVE_FEDERATED_IDENTITY}, as from the account REST
 * API, so {@link LinkNoticeListener} tells the account mail whichever route unlinked.
 */
public final class DAccountUnlinkAction extends PortalAction {

    public static final String PROVIDER_ID = "mypage-daccount-unlink";
    private static final String STAGE = "mypage.daccountUnlink.stage";
    private static final String PURPOSE = "mypageDaccountUnlinkProvePurpose";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (!linked(context)) {
            context.getEvent().clone().error(MyPageErrors.DACCOUNT_NOT_LINKED);
            context.failure(MyPageErrors.DACCOUNT_NOT_LINKED);
        } else if (ActionCodeSteps.steppedUp(context)) {
            unlink(context);
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
            return;
        }
        ActionCodeSteps.Outcome outcome =
                ActionCodeSteps.handle(context, PURPOSE, ActionCodeSteps.linkedCustomers(context), form);
        if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
            unlink(context);
        } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
            ActionCodeSteps.cancel(context, STAGE);
        }
    }

    private static boolean linked(RequiredActionContext context) {
        return context.getSession()
                        .users()
                        .getFederatedIdentity(
                                context.getRealm(), context.getUser(), DAccountIdentityProviderFactory.PROVIDER_ID)
                != null;
    }

    private static void unlink(RequiredActionContext context) {
        if (context.getSession()
                .users()
                .removeFederatedIdentity(
                        context.getRealm(), context.getUser(), DAccountIdentityProviderFactory.PROVIDER_ID)) {
            context.getEvent()
                    .clone()
                    .event(EventType.REMOVE_FEDERATED_IDENTITY)
                    .detail(Details.IDENTITY_PROVIDER, DAccountIdentityProviderFactory.PROVIDER_ID)
                    .success();
        }
        context.getAuthenticationSession().removeAuthNote(STAGE);
        context.getEvent().detail(Details.IDENTITY_PROVIDER, DAccountIdentityProviderFactory.PROVIDER_ID);
        context.success();
    }

    public static final class Factory extends StatelessActionFactory {

        public Factory() {
            super(PROVIDER_ID, "MyPage: unlink the dアカウント (step-up first)", new DAccountUnlinkAction());
        }
    }
}
