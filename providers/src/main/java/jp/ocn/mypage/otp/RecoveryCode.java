package jp.ocn.mypage.otp;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.CodeMessage;
import jp.ocn.mypage.sender.CodeSender;
import jp.ocn.mypage.sender.PhoneMask;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * One code for account recovery (forgotten ID, reset by customer number), sent without a phone choice: by SMS to
 * every registered mobile of the customer, or by voice to the first landline when there is no mobile. When
 * nothing matched, {@link #decoy} stores a code nobody received, so every later answer looks the same.
 */
public final class RecoveryCode {

    /** What a typed code turned out to be. */
    public enum Check { VERIFIED, WRONG, TOO_MANY, EXPIRED, FORMAT }

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

    /** Sends the code to the customer's phones (quotas apply per number); returns how many got it. */
    public int send(Customer customer, String remoteAddr, Locale locale, EventBuilder event) {
        String code = CodeHasher.newCode();
        List<ContactPhone> mobiles = customer.contactPhones().stream().filter(p -> p.lineType() == ContactPhone.LineType.MOBILE).toList();
        List<ContactPhone> targets = mobiles.isEmpty() ? customer.contactPhones().stream().limit(1).toList() : mobiles;
        Channel channel = mobiles.isEmpty() ? Channel.VOICE : Channel.SMS;
        SendQuota quota = new SendQuota(session.getProvider(SingleUseObjectProvider.class), config);
        CodeSender sender = session.getProvider(CodeSender.class);
        int sent = 0;
        for (ContactPhone phone : targets) {
            Instant now = Instant.now();
            EventBuilder e = event.clone().event(EventType.CUSTOM_REQUIRED_ACTION).detail("custom_required_action", "mypage_recovery_code_send")
                    .detail("channel", channel.eventValue()).detail("phone", PhoneMask.mask(phone.e164()));
            if (quota.claim(phone.e164(), "customer:" + customer.customerNumber(), remoteAddr, now).isPresent()) {
                e.detail("reason", "quota").error("mypage_code_quota");
            } else if (sender.send(new CodeMessage(channel, phone.e164(), code, locale, Duration.ofSeconds(config.lifetimeSeconds()))).sent()) {
                e.success();
                sent++;
            } else {
                e.error("mypage_code_send_failed");
            }
        }
        store(code, channel);
        return sent;
    }

    /** Nothing matched: keep a code nobody has, so the code page and its answers are the same as for a match. */
    public void decoy() {
        store(CodeHasher.newCode(), Channel.SMS);
    }

    public Check check(String typed) {
        if (!notes.hasCode() || notes.expires() < System.currentTimeMillis() / 1000) {
            notes.killCode();
            return Check.EXPIRED;
        }
        String code = CodeConversation.digits(typed);
        if (code == null) {
            return Check.FORMAT;
        }
        if (new CodeHasher(session, realm).matches(notes.binding(), code, notes.hash())) {
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

    private void store(String code, Channel channel) {
        long t = System.currentTimeMillis() / 1000;
        notes.codeSent("recovery", channel.name(), new CodeHasher(session, realm).hash(notes.binding(), code),
                t + config.lifetimeSeconds(), t + config.resendCooldownSeconds());
    }
}
