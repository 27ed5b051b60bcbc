package jp.ocn.mypage.otp;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.sender.Channel;
import org.keycloak.authentication.authenticators.util.AuthenticatorUtils;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.services.managers.BruteForceProtector;

/**
 * The screens of a code exchange (choose phone and method, send, enter, resend, go back) and their rules,
 * shared by the sign-in authenticator and the required actions. Says what to do next; the caller does it.
 */
final class CodeConversation {

    /** What the caller does next. */
    sealed interface Step permits Show, Verified, Cancelled {}

    /** Show a page; {@code failure} when it answers a wrong code (counts towards brute-force lockout). */
    record Show(Response page, boolean failure) implements Step {}

    record Verified(Channel channel) implements Step {}

    record Cancelled() implements Step {}

    private static final String CODE_FIELD = "code";

    private final CodeContext context;
    private final PhoneCodeConfig config;
    private final String purpose;
    private final CodeNotes notes;
    private final List<ChoosablePhone> phones;
    private final boolean duringLockout;

    /** A code to one of the account's registered contact phones, for the given purpose. */
    CodeConversation(CodeContext context, PhoneCodeConfig config, String purpose) {
        this(context, config, purpose, ChoosablePhone.ofAccount(context.session(), context.realm(), context.user()));
    }

    /** A code to one of the given phones (e.g. a new number that is to be registered). */
    CodeConversation(CodeContext context, PhoneCodeConfig config, String purpose, List<ChoosablePhone> phones) {
        this(context, config, purpose, phones, false);
    }

    /**
     * {@code purpose} names what a right code completes (sign-in, one action's step-up, linking…): a code sent for
     * another purpose, even in the same tab, completes nothing here. {@code phones} are read from the directory at
     * every request, so a code to a phone removed meanwhile completes nothing either. With {@code duringLockout}, a
     * right code counts although the account is locked (the self-service unlock).
     */
    CodeConversation(
            CodeContext context,
            PhoneCodeConfig config,
            String purpose,
            List<ChoosablePhone> phones,
            boolean duringLockout) {
        this.context = context;
        this.config = config;
        this.purpose = purpose;
        this.notes = new CodeNotes(context.authSession());
        this.phones = phones;
        this.duringLockout = duringLockout;
    }

    Step start() {
        if (phones.isEmpty()) {
            return new Show(CodePages.noPhone(context), false);
        }
        return show(
                liveCode() ? CodePages.enter(context, notes, phones, null) : CodePages.choose(context, phones, null));
    }

    Step handle(MultivaluedMap<String, String> form) {
        String action = String.valueOf(form.getFirst("action"));
        if (action.equals("cancel")) {
            return new Cancelled();
        }
        if (phones.isEmpty()) {
            return new Show(CodePages.noPhone(context), false);
        }
        return switch (action) {
            case "send" -> send(chosen(form.getFirst(CodeDispatch.FIELD)));
            case "resend" -> send(previous());
            case "back" -> {
                notes.clearChoice();
                yield show(CodePages.choose(context, phones, null));
            }
            default -> verify(form.getFirst(CODE_FIELD));
        };
    }

    private Step send(Optional<Choice> choice) {
        if (choice.isEmpty()) {
            return show(
                    CodePages.choose(context, phones, new FormMessage(CodeDispatch.FIELD, "mypageCodeChoosePhone")));
        }
        Optional<FormMessage> problem = new CodeDispatch(context, config)
                .send(purpose, choice.get().phone(), choice.get().channel(), notes);
        if (problem.isPresent()) {
            return show(
                    liveCode()
                            ? CodePages.enter(context, notes, phones, problem.get())
                            : CodePages.choose(context, phones, problem.get()));
        }
        return show(CodePages.enter(context, notes, phones, null));
    }

    private Step verify(String typed) {
        if (!duringLockout && lockedOut()) {
            notes.killCode();
            event().error(MyPageErrors.CODE_USER_LOCKED);
            return show(CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeLocked")));
        }
        if (notes.hasCode() && !purpose.equals(notes.purpose())) {
            // Sent for something else (another action, the sign-in): it completes nothing here.
            notes.killCode();
            event().error(MyPageErrors.CODE_OTHER_PURPOSE);
            return show(CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeExpired")));
        }
        if (!notes.hasCode() || expired()) {
            notes.killCode();
            event().error(MyPageErrors.CODE_EXPIRED);
            return show(CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeExpired")));
        }
        if (!registered(notes.phone())) {
            // The phone left the directory after the send: whoever holds it proves nothing any more.
            notes.clearChoice();
            event().error(MyPageErrors.CODE_PHONE_GONE);
            return show(CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodePhoneGone")));
        }
        String code = digits(typed);
        if (code == null) {
            return show(CodePages.enter(context, notes, phones, new FormMessage(CODE_FIELD, "mypageCodeFormat")));
        }
        if (new CodeHasher(context.session(), context.realm())
                .matches(notes.binding(purpose, notes.phone()), code, notes.hash())) {
            Channel channel = Channel.valueOf(notes.channel());
            event().success();
            notes.killCode();
            return new Verified(channel);
        }
        int failures = notes.countFailure();
        event().detail(MyPageDetails.FAILURES, Integer.toString(failures)).error(MyPageErrors.CODE_INVALID);
        if (failures >= config.maxFailures()) {
            notes.killCode();
            return new Show(
                    CodePages.choose(context, phones, new FormMessage(CODE_FIELD, "mypageCodeTooManyFailures")), true);
        }
        return new Show(
                CodePages.enter(
                        context,
                        notes,
                        phones,
                        new FormMessage(
                                CODE_FIELD, "mypageCodeInvalid", Integer.toString(config.maxFailures() - failures))),
                true);
    }

    private boolean lockedOut() {
        BruteForceProtector protector = context.session().getProvider(BruteForceProtector.class);
        return AuthenticatorUtils.getDisabledByBruteForceEventError(
                        protector, context.session(), context.realm(), context.user())
                != null;
    }

    /** Full-width digits, spaces and hyphens are accepted; anything else is not a code. */
    static String digits(String typed) {
        if (typed == null || typed.length() > 40) {
            return null;
        }
        String d = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-]", "");
        return d.matches("[0-9]{6}") ? d : null;
    }

    private record Choice(ChoosablePhone phone, Channel channel) {}

    /** The screen posts "index:CHANNEL"; anything not offered to this user is no choice. */
    private Optional<Choice> chosen(String target) {
        if (target == null || !target.matches("[0-9]{1,2}:(SMS|VOICE)")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(target.substring(0, target.indexOf(':')));
        Channel channel = Channel.valueOf(target.substring(target.indexOf(':') + 1));
        return index < phones.size() && phones.get(index).allows(channel)
                ? Optional.of(new Choice(phones.get(index), channel))
                : Optional.empty();
    }

    private Optional<Choice> previous() {
        return phones.stream()
                .filter(p -> p.e164().equals(notes.phone()))
                .findFirst()
                .flatMap(p -> chosen(p.index() + ":" + notes.channel()));
    }

    /** A code of this purpose to a phone still offered here, not yet used, killed or expired. */
    private boolean liveCode() {
        return notes.hasCodeFor(purpose, System.currentTimeMillis() / 1000) && registered(notes.phone());
    }

    private boolean registered(String e164) {
        return e164 != null && phones.stream().anyMatch(p -> p.e164().equals(e164));
    }

    private boolean expired() {
        return notes.expires() < System.currentTimeMillis() / 1000;
    }

    private static Show show(Response page) {
        return new Show(page, false);
    }

    private EventBuilder event() {
        return MyPageEvents.step(context.event(), context.user(), MyPageEvents.CODE_VERIFY)
                .detail(
                        MyPageDetails.CHANNEL,
                        notes.channel() == null
                                ? "none"
                                : Channel.valueOf(notes.channel()).eventValue());
    }
}
