package jp.ocn.mypage.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.CodeMessage;
import jp.ocn.mypage.sender.CodeSender;
import jp.ocn.mypage.sender.PhoneMask;
import jp.ocn.mypage.sender.SendOutcome;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
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
 * nothing matched, {@link #decoy} stores a code nobody received, so every later answer looks the same.
 */
public final class RecoveryCode {

    /** What a typed code turned out to be. */
    public enum Check { VERIFIED, WRONG, TOO_MANY, EXPIRED, FORMAT }

    private static final String EXECUTOR = "mypage-recovery-codes";
    /** What a recovery code completes; a code of any other flow step never matches here, nor this one there. */
    static final String PURPOSE = "recovery";
    /** The customer whose phones got the code; none for a decoy. */
    private static final String CUSTOMER_NOTE = "mypage.code.customer";
    /** Looked up for a decoy, so checking a decoy does the same directory work as checking a real code. */
    private static final String NO_CUSTOMER = "N000000000";

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
     * Sends the code to the customer's phones (quotas apply per number). The sending itself runs in the
     * background, after this request has its answer: a match must take no longer to answer than a non-match,
     * or the time would tell which customer numbers and birth dates exist. Returns how many sends were started.
     */
    public int send(Customer customer, String remoteAddr, Locale locale) {
        String code = CodeHasher.newCode();
        List<ContactPhone> mobiles = customer.contactPhones().stream().filter(p -> p.lineType() == ContactPhone.LineType.MOBILE).toList();
        List<ContactPhone> targets = mobiles.isEmpty() ? customer.contactPhones().stream().limit(1).toList() : mobiles;
        Channel channel = mobiles.isEmpty() ? Channel.VOICE : Channel.SMS;
        SendQuota quota = new SendQuota(session.getProvider(SingleUseObjectProvider.class), config);
        List<String> allowed = targets.stream().map(ContactPhone::e164)
                .filter(e164 -> quota.claim(e164, "customer:" + customer.customerNumber(), remoteAddr, Instant.now()).isEmpty())
                .toList();
        store(code, channel, customer.customerNumber(), allowed);
        if (!allowed.isEmpty()) {
            String realmId = realm.getId();
            Duration lifetime = Duration.ofSeconds(config.lifetimeSeconds());
            KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
            session.getProvider(ExecutorsProvider.class).getExecutor(EXECUTOR).execute(() ->
                    KeycloakModelUtils.runJobInTransaction(factory, s -> deliver(s, realmId, allowed, channel, code, locale, lifetime)));
        }
        return allowed.size();
    }

    private static void deliver(KeycloakSession session, String realmId, List<String> numbers, Channel channel, String code,
                                Locale locale, Duration lifetime) {
        RealmModel realm = session.realms().getRealm(realmId);
        if (realm == null) {
            return;
        }
        session.getContext().setRealm(realm);
        CodeSender sender = session.getProvider(CodeSender.class);
        for (String e164 : numbers) {
            SendOutcome outcome = sender.send(new CodeMessage(channel, e164, code, locale, lifetime));
            EventBuilder event = new EventBuilder(realm, session).event(EventType.CUSTOM_REQUIRED_ACTION)
                    .detail("custom_required_action", "mypage_recovery_code_send")
                    .detail("channel", channel.eventValue()).detail("phone", PhoneMask.mask(e164));
            if (outcome.sent()) {
                event.success();
            } else {
                event.detail("provider_error", String.valueOf(outcome.errorCode())).error("mypage_code_send_failed");
            }
        }
    }

    /** Nothing matched: keep a code nobody has, so the code page and its answers are the same as for a match. */
    public void decoy() {
        store(CodeHasher.newCode(), Channel.SMS, null, List.of());
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
                .map(c -> c.contactPhones().stream().map(ContactPhone::e164).toList()).orElse(List.of());
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
        notes.codeSent(PURPOSE, phones, channel.name(), new CodeHasher(session, realm).hash(notes.binding(PURPOSE, phones), code),
                t + config.lifetimeSeconds(), t + config.resendCooldownSeconds());
    }
}
