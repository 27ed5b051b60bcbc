package jp.ocn.mypage.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.CodeMessage;
import jp.ocn.mypage.sender.CodeSender;
import jp.ocn.mypage.sender.PhoneMask;
import jp.ocn.mypage.sender.SendOutcome;
import org.keycloak.events.EventBuilder;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * One code for account recovery (forgotten ID, reset by customer number), sent without a phone choice: by SMS to
 * every registered mobile of the customer, or by voice to the first landline when there is no mobile. When
 * nothing matched, the code stored is one nobody receives, so every later answer looks the same.
 */
public final class RecoveryCode {

    /** What a typed code turned out to be. */
    public enum Check {
        VERIFIED,
        WRONG,
        TOO_MANY,
        EXPIRED,
        FORMAT
    }

    private static final String EXECUTOR = "mypage-recovery-codes";
    /** What a recovery code completes; a code of any other flow step never matches here, nor this one there. */
    static final String PURPOSE = "recovery";
    /** The customer whose phones got the code; none for a decoy. */
    private static final String CUSTOMER_NOTE = "mypage.code.customer";
    /** Looked up for a decoy, so checking a decoy does the same directory work as checking a real code. */
    private static final String NO_CUSTOMER = "N000000000";
    /** Phones one recovery code goes to at most; every attempt claims quota slots for this many numbers. */
    private static final int TARGETS = 3;
    /** Event detail naming one recovery attempt, on its request's event and on its background job's. */
    private final KeycloakSession session;

    private final RealmModel realm;
    private final CodeNotes notes;
    private final PhoneCodeConfig config;

    public RecoveryCode(KeycloakSession session, RealmModel realm, AuthenticationSessionModel auth) {
        this.session = session;
        this.realm = realm;
        this.notes = new CodeNotes(auth);
        this.config = PhoneCodeConfig.forRealm(realm);
    }

    /**
     * Stores a code and hands its sending to a background job, for a match ({@code customer} present) and a
     * non-match alike: the request does the same store writes either way and answers before any send, so neither
     * the time of the answer nor the work behind it tells which customer numbers and birth dates exist. The job
     * claims the same quota slots in both cases (the asker's, then {@value #TARGETS} numbers: the customer's,
     * padded with stand-ins of the number typed) and sends only to the customer's phones whose quota allowed it.
     * Returns the attempt's id, for events.
     */
    public String start(Optional<Customer> customer, String customerNumber, String remoteAddr, Locale locale) {
        String attempt = KeycloakModelUtils.generateId();
        String code = CodeHasher.newCode();
        List<ContactPhone> phones = customer.map(RecoveryCode::targets).orElse(List.of());
        Channel channel =
                phones.stream().anyMatch(p -> p.lineType() == ContactPhone.LineType.MOBILE) || phones.isEmpty()
                        ? Channel.SMS
                        : Channel.VOICE;
        List<String> numbers = phones.stream().map(ContactPhone::e164).toList();
        // The code is bound to every phone it may go to; the quota decides later which of them it reaches.
        store(code, channel, customer.map(Customer::customerNumber).orElse(null), numbers);
        String realmId = realm.getId();
        Duration lifetime = Duration.ofSeconds(config.lifetimeSeconds());
        PhoneCodeConfig rules = config;
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        session.getProvider(ExecutorsProvider.class)
                .getExecutor(EXECUTOR)
                .execute(() -> KeycloakModelUtils.runJobInTransaction(
                        factory,
                        s -> deliver(
                                s,
                                realmId,
                                rules,
                                attempt,
                                customerNumber,
                                remoteAddr,
                                numbers,
                                channel,
                                code,
                                locale,
                                lifetime)));
        return attempt;
    }

    /** SMS to every registered mobile, or a call to the first landline when there is none; at most {@value #TARGETS}. */
    private static List<ContactPhone> targets(Customer customer) {
        List<ContactPhone> mobiles = customer.contactPhones().stream()
                .filter(p -> p.lineType() == ContactPhone.LineType.MOBILE)
                .toList();
        return (mobiles.isEmpty() ? customer.contactPhones().stream().limit(1).toList() : mobiles)
                .stream().limit(TARGETS).toList();
    }

    private static void deliver(
            KeycloakSession session,
            String realmId,
            PhoneCodeConfig rules,
            String attempt,
            String customerNumber,
            String remoteAddr,
            List<String> numbers,
            Channel channel,
            String code,
            Locale locale,
            Duration lifetime) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        SendQuota quota = new SendQuota(session.getProvider(SingleUseObjectProvider.class), rules);
        Instant now = Instant.now();
        boolean senderAllowed =
                quota.claimSender("customer:" + customerNumber, remoteAddr, now).isEmpty();
        List<String> allowed = new ArrayList<>();
        for (int i = 0; i < TARGETS; i++) {
            String e164 = i < numbers.size() ? numbers.get(i) : "stand-in:" + customerNumber + ":" + i;
            if (quota.claimNumber(e164, now).isEmpty() && senderAllowed && i < numbers.size()) {
                allowed.add(e164);
            }
        }
        CodeSender sender = session.getProvider(CodeSender.class);
        for (String e164 : allowed) {
            SendOutcome outcome = sender.send(new CodeMessage(channel, e164, code, locale, lifetime));
            EventBuilder event = MyPageEvents.step(session, realm, MyPageEvents.RECOVERY_CODE_SEND)
                    .detail(MyPageDetails.CHANNEL, channel.eventValue())
                    .detail(MyPageDetails.PHONE, PhoneMask.mask(e164));
            if (outcome.sent()) {
                event.success();
            } else {
                event.detail(MyPageDetails.PROVIDER_ERROR, String.valueOf(outcome.errorCode()))
                        .error(MyPageErrors.CODE_SEND_FAILED);
            }
        }
        // One event per attempt, match or not, after its sends: operators (and tests) see that the job ran.
        MyPageEvents.step(session, realm, MyPageEvents.RECOVERY_CODE_JOB)
                .detail(MyPageDetails.RECOVERY_ATTEMPT, attempt)
                .detail(MyPageDetails.SENT, Integer.toString(allowed.size()))
                .success();
    }

    public Check check(String typed) {
        boolean phonesStillRegistered = phonesStillRegistered();
        if (!notes.hasCodeFor(PURPOSE, System.currentTimeMillis() / 1000) || !phonesStillRegistered) {
            // Expired, sent for another purpose, or a phone it went to left the directory: it proves nothing.
            notes.killCode();
            return Check.EXPIRED;
        }
        String code = CodeConversation.digits(typed);
        if (code == null) {
            return Check.FORMAT;
        }
        if (new CodeHasher(session, realm).matches(notes.binding(PURPOSE, notes.phone()), code, notes.hash())) {
            notes.killCode();
            return Check.VERIFIED;
        }
        if (notes.countFailure() >= config.maxFailures()) {
            notes.killCode();
            return Check.TOO_MANY;
        }
        return Check.WRONG;
    }

    /** Wrong entries left before the code dies. */
    public int remaining() {
        return Math.max(0, config.maxFailures() - notes.failures());
    }

    public int lifetimeMinutes() {
        return Math.max(1, config.lifetimeSeconds() / 60);
    }

    /**
     * Every phone the code went to must still be a contact phone of that customer: a number removed after the send
     * (e.g. a phone the customer lost) completes nothing. One directory read for a match and a decoy alike.
     */
    private boolean phonesStillRegistered() {
        String customerNumber = notes.session().getAuthNote(CUSTOMER_NOTE);
        List<String> current = session.getProvider(CustomerDirectoryProvider.class)
                .findByNumber(realm, customerNumber == null ? NO_CUSTOMER : customerNumber)
                .map(c -> c.contactPhones().stream().map(ContactPhone::e164).toList())
                .orElse(List.of());
        String sentTo = notes.phone();
        return sentTo == null || sentTo.isEmpty() || current.containsAll(List.of(sentTo.split(",")));
    }

    private void store(String code, Channel channel, String customerNumber, List<String> sentTo) {
        long t = System.currentTimeMillis() / 1000;
        String phones = String.join(",", sentTo);
        if (customerNumber == null) {
            notes.session().removeAuthNote(CUSTOMER_NOTE);
        } else {
            notes.session().setAuthNote(CUSTOMER_NOTE, customerNumber);
        }
        notes.codeSent(
                PURPOSE,
                phones,
                channel.name(),
                new CodeHasher(session, realm).hash(notes.binding(PURPOSE, phones), code),
                t + config.lifetimeSeconds(),
                t + config.resendCooldownSeconds());
    }
}
