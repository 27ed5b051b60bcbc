package jp.ocn.mypage.mail;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.otp.ActionCodeSteps;
import jp.ocn.mypage.support.MailLinks;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.common.util.Time;
import org.keycloak.events.Details;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.utils.EmailValidationUtil;

/**
 * Changes the account mail, which receives reset and unlock links ({@code kc_action=mypage-mail-change}): step-up
 * first (a code to a registered phone, unless this sign-in reached level 2), then the new address, which gets a
 * single-use confirmation link. Nothing changes until that link is opened (in any browser); then the old address is
 * told. The user profile lets only administrators edit the mail, so the account console cannot change it with the
 * password alone.
 */
public final class MailChangeAction extends PortalAction {

    public static final String PROVIDER_ID = "mypage-mail-change";
    /** User attribute: the address waiting for its link (a newer request replaces it, so older links die). */
    static final String PENDING_ATTRIBUTE = "mypage.mailChange.pending";

    static final String PAGE = "mypage-mail-change.ftl";
    static final String DONE_PAGE = "mypage-mail-change-done.ftl";
    private static final String FIELD = "email";
    private static final String STAGE = "mypage.mailChange.stage";
    private static final String ADDRESS_STAGE = "address";
    private static final String SENT_STAGE = "sent";
    private static final String PROVE_PURPOSE = "mypageMailChangeProvePurpose";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        String stage = context.getAuthenticationSession().getAuthNote(STAGE);
        if (SENT_STAGE.equals(stage)) {
            context.challenge(sentPage(context, context.getUser().getFirstAttribute(PENDING_ATTRIBUTE)));
        } else if (ADDRESS_STAGE.equals(stage) || ActionCodeSteps.steppedUp(context)) {
            context.getAuthenticationSession().setAuthNote(STAGE, ADDRESS_STAGE);
            context.challenge(addressPage(context, null, null));
        } else if (ActionCodeSteps.start(context, PROVE_PURPOSE, ActionCodeSteps.linkedCustomers(context))
                == ActionCodeSteps.Outcome.CANCELLED) {
            ActionCodeSteps.cancel(context, STAGE);
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String stage = auth.getAuthNote(STAGE);
        if ("cancel".equals(form.getFirst("action"))) {
            ActionCodeSteps.cancel(context, STAGE);
        } else if (SENT_STAGE.equals(stage)) {
            auth.removeAuthNote(STAGE);
            context.success();
        } else if (ADDRESS_STAGE.equals(stage)) {
            request(context, form.getFirst(FIELD));
        } else {
            ActionCodeSteps.Outcome outcome =
                    ActionCodeSteps.handle(context, PROVE_PURPOSE, ActionCodeSteps.linkedCustomers(context), form);
            if (outcome == ActionCodeSteps.Outcome.VERIFIED) {
                auth.setAuthNote(STAGE, ADDRESS_STAGE);
                context.challenge(addressPage(context, null, null));
            } else if (outcome == ActionCodeSteps.Outcome.CANCELLED) {
                ActionCodeSteps.cancel(context, STAGE);
            }
        }
    }

    private void request(RequiredActionContext context, String typed) {
        String address = MailLinks.normaliseAddress(typed);
        UserModel user = context.getUser();
        if (address.isEmpty()) {
            context.challenge(addressPage(context, typed, new FormMessage(FIELD, "mypageMailChangeMissing")));
            return;
        }
        if (address.length() > 254 || !EmailValidationUtil.isValidEmail(address)) {
            context.challenge(addressPage(context, typed, new FormMessage(FIELD, "mypageMailChangeInvalid")));
            return;
        }
        if (address.equalsIgnoreCase(String.valueOf(user.getEmail()))) {
            context.challenge(addressPage(context, typed, new FormMessage(FIELD, "mypageMailChangeSame")));
            return;
        }
        RealmModel realm = context.getRealm();
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        int lifetime = realm.getActionTokenGeneratedByUserLifespan(MailChangeToken.TOKEN_TYPE);
        String clientId = auth.getClient().getClientId();
        MailChangeToken token =
                new MailChangeToken(user.getId(), Time.currentTime() + lifetime, user.getEmail(), address, clientId);
        String link = MailLinks.actionLink(context, token, clientId);
        user.setSingleAttribute(PENDING_ATTRIBUTE, address);
        boolean mailed = MailChangeMail.confirmation(
                context.getSession(), realm, user, auth, link, TimeUnit.SECONDS.toMinutes(lifetime), address);
        if (!mailed) {
            user.removeAttribute(PENDING_ATTRIBUTE);
            context.challenge(addressPage(context, typed, new FormMessage(FIELD, "mypageMailChangeNotSent")));
            return;
        }
        MyPageEvents.step(context.getEvent(), user, PROVIDER_ID)
                .detail(MyPageDetails.MAIL_CHANGE, "link_sent")
                .detail(Details.UPDATED_EMAIL, MailChangeMail.mask(address))
                .success();
        auth.setAuthNote(STAGE, SENT_STAGE);
        context.challenge(sentPage(context, address));
    }

    private static Response addressPage(RequiredActionContext context, String typed, FormMessage error) {
        LoginFormsProvider form = context.form()
                .setAttribute(
                        "currentEmail", MailChangeMail.mask(context.getUser().getEmail()))
                .setAttribute("typedEmail", typed == null || typed.length() > 254 ? "" : typed);
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(PAGE);
    }

    private static Response sentPage(RequiredActionContext context, String address) {
        return context.form()
                .setAttribute("mailChangeResult", "sent")
                .setAttribute("newEmail", address == null ? "" : address)
                .createForm(DONE_PAGE);
    }
}
