package jp.ocn.mypage.otp;

import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.sender.Channel;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.FormMessage;

/**
 * A 6-digit code by SMS or automated voice call to a registered contact phone the user picks: the second
 * factor of two-step sign-in and the step-up before risky operations (level of authentication 2).
 */
public final class PhoneCodeAuthenticator implements Authenticator {

    /** User session note read by the token mapper: the channel of the last verified code. */
    public static final String VERIFIED_CHANNEL_NOTE = "mypage.amr.code";
    /** Auth note: a code was already verified in this flow, so a second code step passes at once. */
    static final String VERIFIED_IN_FLOW = "mypage.code.verifiedInFlow";
    private static final String CODE_FIELD = "code";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        if (context.getAuthenticationSession().getAuthNote(VERIFIED_IN_FLOW) != null) {
            context.success();
            return;
        }
        List<ChoosablePhone> phones = phones(context);
        if (phones.isEmpty()) {
            context.forceChallenge(CodePages.noPhone(context));
            return;
        }
        CodeNotes notes = new CodeNotes(context.getAuthenticationSession());
        context.challenge(notes.hasCode() && !expired(notes)
                ? CodePages.enter(context, notes, phones, null) : CodePages.choose(context, phones, null));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = String.valueOf(form.getFirst("action"));
        if (action.equals("cancel")) {
            context.cancelLogin();
            return;
        }
        List<ChoosablePhone> phones = phones(context);
        if (phones.isEmpty()) {
            context.forceChallenge(CodePages.noPhone(context));
            return;
        }
        CodeNotes notes = new CodeNotes(context.getAuthenticationSession());
        PhoneCodeConfig config = PhoneCodeConfig.of(context.getAuthenticatorConfig());
        switch (action) {
            case "send" -> send(context, config, phones, notes, chosen(phones, form.getFirst(CodeDispatch.FIELD)));
            case "resend" -> send(context, config, phones, notes, previous(phones, notes));
            case "back" -> {
                notes.clearChoice();
                context.challenge(CodePages.choose(context, phones, null));
            }
            default -> verify(context, config, phones, notes, form.getFirst(CODE_FIELD));
        }
    }

    private void send(AuthenticationFlowContext context, PhoneCodeConfig config, List<ChoosablePhone> phones,
                      CodeNotes notes, Optional<Choice> choice) {
        if (choice.isEmpty()) {
            context.challenge(CodePages.choose(context, phones, new FormMessage(CodeDispatch.FIELD, "mypageCodeChoosePhone")));
            return;
        }
        Optional<FormMessage> problem = new CodeDispatch(context, config).send(choice.get().phone(), choice.get().channel(), notes);
        if (problem.isPresent()) {
            context.challenge(notes.hasCode() && !expired(notes) ? CodePages.enter(context, notes, phones, problem.get())
                    : CodePages.choose(context, phones, problem.get()));
            return;
        }
        context.challenge(CodePages.enter(context, notes, phones, null));
    }

    private void verify(AuthenticationFlowContext context, PhoneCodeConfig config, List<ChoosablePhone> phones,
                        CodeNotes notes, String typed) {
        if (AuthenticatorUtils.getDisabledByBruteForceEventError(context, context.getUser()) != null) {
            notes.killCode();
            event(context, notes).error("mypage_code_user_locked");
            context.forceChallenge(CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeLocked")));
            return;
        }
        if (!notes.hasCode() || expired(notes)) {
            notes.killCode();
            event(context, notes).error("mypage_code_expired");
            context.challenge(CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeExpired")));
            return;
        }
        String code = digits(typed);
        if (code == null) {
            context.challenge(CodePages.enter(context, notes, phones, new FormMessage(CODE_FIELD, "mypageCodeFormat")));
            return;
        }
        if (new CodeHasher(context.getSession(), context.getRealm()).matches(notes.binding(), code, notes.hash())) {
            String channel = notes.channel();
            notes.killCode();
            context.getAuthenticationSession().setAuthNote(VERIFIED_IN_FLOW, channel);
            context.getAuthenticationSession().setUserSessionNote(VERIFIED_CHANNEL_NOTE, Channel.valueOf(channel).eventValue());
            event(context, notes).success();
            context.success();
            return;
        }
        int failures = notes.countFailure();
        event(context, notes).detail("failures", Integer.toString(failures)).error("mypage_code_invalid");
        if (failures >= config.maxFailures()) {
            notes.killCode();
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS,
                    CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeTooManyFailures")));
        } else {
            context.failureChallenge(AuthenticationFlowError.INVALID_CREDENTIALS, CodePages.enter(context, notes, phones,
                    new FormMessage(CODE_FIELD, "mypageCodeInvalid", Integer.toString(config.maxFailures() - failures))));
        }
    }

    /** Full-width digits, spaces and hyphens are accepted; anything else is not a code. */
    static String digits(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String d = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "");
        return d.matches("[0-9]{6}") ? d : null;
    }

    private record Choice(ChoosablePhone phone, Channel channel) {
    }

    /** The screen posts "index:CHANNEL"; anything not offered to this user is no choice. */
    private static Optional<Choice> chosen(List<ChoosablePhone> phones, String target) {
        if (target == null || !target.matches("[0-9]{1,2}:(SMS|VOICE)")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(target.substring(0, target.indexOf(':')));
        Channel channel = Channel.valueOf(target.substring(target.indexOf(':') + 1));
        return index < phones.size() && phones.get(index).allows(channel)
                ? Optional.of(new Choice(phones.get(index), channel)) : Optional.empty();
    }

    private static Optional<Choice> previous(List<ChoosablePhone> phones, CodeNotes notes) {
        return phones.stream().filter(p -> p.e164().equals(notes.phone())).findFirst()
                .flatMap(p -> chosen(phones, p.index() + ":" + notes.channel()));
    }

    private static boolean expired(CodeNotes notes) {
        return notes.expires() < System.currentTimeMillis() / 1000;
    }

    static List<ChoosablePhone> phones(AuthenticationFlowContext context) {
        return ChoosablePhone.of(context.getSession().getProvider(CustomerDirectoryProvider.class)
                .linkedCustomers(context.getRealm(), context.getUser().getId()));
    }

    private static EventBuilder event(AuthenticationFlowContext context, CodeNotes notes) {
        return context.getEvent().clone().event(EventType.CUSTOM_REQUIRED_ACTION).user(context.getUser())
                .detail("custom_required_action", "mypage_code_verify")
                .detail("channel", notes.channel() == null ? "none" : Channel.valueOf(notes.channel()).eventValue());
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
    }

    @Override
    public void close() {
    }
}
