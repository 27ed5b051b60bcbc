package jp.ocn.mypage.otp;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.PhonePolicy;
import jp.ocn.mypage.sender.SendOutcome;
import jp.ocn.mypage.support.PortalAction;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Changes a registered contact phone ({@code kc_action=mypage-contact-phone}, or from the security notice):
 * step-up first (a code to a registered phone, unless this sign-in already reached level 2), then the new
 * number, proven by a code sent to it; only then is the directory changed, and the old number is told.
 */
public final class ContactPhoneChangeAction extends PortalAction {

    public static final String PROVIDER_ID = "mypage-contact-phone";
    static final String PAGE = "mypage-phone-change.ftl";
    private static final String STAGE = "mypage.phoneChange.stage";
    private static final String OLD = "mypage.phoneChange.old";
    private static final String NEW = "mypage.phoneChange.new";
    private static final String NUMBER_STAGE = "number";
    private static final String VERIFY_STAGE = "verify";
    /** Code purposes (also the purpose lines of the screens): step-up with a registered phone, then the new number. */
    private static final String PROVE_PURPOSE = "mypagePhoneChangeProvePurpose";

    private static final String VERIFY_PURPOSE = "mypagePhoneChangeVerifyPurpose";

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        String stage = context.getAuthenticationSession().getAuthNote(STAGE);
        if (VERIFY_STAGE.equals(stage)) {
            apply(context, newNumber(context).start());
        } else if (NUMBER_STAGE.equals(stage) || ActionCodeSteps.steppedUp(context)) {
            context.getAuthenticationSession().setAuthNote(STAGE, NUMBER_STAGE);
            context.challenge(numberPage(context, registered(context), null, null));
        } else {
            apply(context, proof(context).start());
        }
    }

    @Override
    public void processAction(RequiredActionContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String stage = context.getAuthenticationSession().getAuthNote(STAGE);
        if ("cancel".equals(form.getFirst("action"))) {
            forget(context.getAuthenticationSession());
            context.cancel();
        } else if (VERIFY_STAGE.equals(stage)) {
            apply(context, newNumber(context).handle(form));
        } else if (NUMBER_STAGE.equals(stage)) {
            chooseNumber(context, form);
        } else {
            apply(context, proof(context).handle(form));
        }
    }

    private static CodeConversation proof(RequiredActionContext context) {
        return new CodeConversation(
                ActionCodeSteps.context(context, PROVE_PURPOSE),
                PhoneCodeConfig.forRealm(context.getRealm()),
                PROVE_PURPOSE);
    }

    private static CodeConversation newNumber(RequiredActionContext context) {
        String e164 = context.getAuthenticationSession().getAuthNote(NEW);
        return new CodeConversation(
                ActionCodeSteps.context(context, VERIFY_PURPOSE),
                PhoneCodeConfig.forRealm(context.getRealm()),
                VERIFY_PURPOSE,
                ChoosablePhone.ofNumbers(e164 == null ? List.of() : List.of(e164)));
    }

    private static List<ChoosablePhone> registered(RequiredActionContext context) {
        return ChoosablePhone.of(context.getSession()
                .getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(context.getRealm(), context.getUser().getId()));
    }

    private void apply(RequiredActionContext context, CodeConversation.Step step) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        if (step instanceof CodeConversation.Verified) {
            if (VERIFY_STAGE.equals(auth.getAuthNote(STAGE))) {
                finish(context);
            } else {
                auth.setAuthNote(STAGE, NUMBER_STAGE);
                context.challenge(numberPage(context, registered(context), null, null));
            }
        } else if (step instanceof CodeConversation.Show show) {
            ActionCodeSteps.show(context, show);
        } else {
            forget(auth);
            context.cancel();
        }
    }

    private void chooseNumber(RequiredActionContext context, MultivaluedMap<String, String> form) {
        List<ChoosablePhone> phones = registered(context);
        String typed = form.getFirst("phone");
        Optional<ChoosablePhone> old = phones.stream()
                .filter(p -> String.valueOf(p.index()).equals(form.getFirst("replace")))
                .findFirst();
        if (old.isEmpty()) {
            context.challenge(numberPage(context, phones, typed, new FormMessage("replace", "mypagePhoneChooseOld")));
            return;
        }
        NewPhoneNumber number = NewPhoneNumber.parse(typed, phones);
        if (!number.valid()) {
            context.challenge(numberPage(context, phones, typed, new FormMessage("phone", number.problem())));
            return;
        }
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        auth.setAuthNote(OLD, old.get().e164());
        auth.setAuthNote(NEW, number.e164());
        auth.setAuthNote(STAGE, VERIFY_STAGE);
        new CodeNotes(auth).clearChoice();
        apply(context, newNumber(context).start());
    }

    private void finish(RequiredActionContext context) {
        AuthenticationSessionModel auth = context.getAuthenticationSession();
        String newE164 = auth.getAuthNote(NEW);
        Optional<ChoosablePhone> old = registered(context).stream()
                .filter(p -> p.e164().equals(auth.getAuthNote(OLD)))
                .findFirst();
        if (old.isEmpty() || newE164 == null) {
            // The directory changed meanwhile (an import): start the choice again rather than guess.
            auth.setAuthNote(STAGE, NUMBER_STAGE);
            context.challenge(
                    numberPage(context, registered(context), null, new FormMessage("replace", "mypagePhoneChooseOld")));
            return;
        }
        ContactPhoneUpdate update = new ContactPhoneUpdate(context.getSession(), context.getRealm(), context.getUser());
        update.replace(old.get().e164(), newE164, PhonePolicy.japanOnly().allows(Channel.SMS, newE164));
        String newMasked = ChoosablePhone.mask(newE164);
        SendOutcome notice = update.noticeToOldNumber(old.get(), newMasked);
        context.getEvent()
                .detail(MyPageDetails.CONTACT_PHONE_OLD, old.get().masked())
                .detail(MyPageDetails.CONTACT_PHONE_NEW, newMasked)
                .detail(MyPageDetails.OLD_PHONE_NOTICE, notice.sent() ? "sent" : String.valueOf(notice.errorCode()));
        forget(auth);
        context.success();
    }

    private static Response numberPage(
            RequiredActionContext context, List<ChoosablePhone> phones, String typed, FormMessage error) {
        if (phones.isEmpty()) {
            return CodePages.noPhone(CodeContext.of(context));
        }
        var form = context.form().setAttribute("phones", phones).setAttribute("typedPhone", typed == null ? "" : typed);
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(PAGE);
    }

    private static void forget(AuthenticationSessionModel auth) {
        auth.removeAuthNote(STAGE);
        auth.removeAuthNote(OLD);
        auth.removeAuthNote(NEW);
        new CodeNotes(auth).clearChoice();
    }
}
