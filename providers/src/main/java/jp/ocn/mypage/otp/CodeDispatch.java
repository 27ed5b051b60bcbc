package jp.ocn.mypage.otp;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import jp.ocn.mypage.events.MyPageDetails;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.events.MyPageEvents;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.CodeMessage;
import jp.ocn.mypage.sender.CodeSender;
import jp.ocn.mypage.sender.SendOutcome;
import org.keycloak.events.Details;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.SingleUseObjectProvider;
import org.keycloak.models.utils.FormMessage;

/**
 * Sends one code: quotas first, then a fresh code through the configured sender, then the keyed hash into
 * the authentication session. Every attempt is an event naming channel, masked number and outcome.
 */
final class CodeDispatch {

    static final String FIELD = "target";
    private static final DateTimeFormatter RETRY_AT =
            DateTimeFormatter.ofPattern("M/d H:mm", Locale.ROOT).withZone(ZoneId.of("Asia/Tokyo"));

    private final CodeContext context;
    private final PhoneCodeConfig config;

    CodeDispatch(CodeContext context, PhoneCodeConfig config) {
        this.context = context;
        this.config = config;
    }

    /** Sends a code to the phone by the channel; returns the message to show when nothing was sent. */
    Optional<FormMessage> send(String purpose, ChoosablePhone phone, Channel channel, CodeNotes notes) {
        Instant now = Instant.now();
        SendQuota quota = new SendQuota(context.session().getProvider(SingleUseObjectProvider.class), config);
        Optional<SendQuota.Refusal> refusal =
                quota.claim(phone.e164(), context.user().getId(), context.remoteAddr(), now);
        if (refusal.isPresent()) {
            event(phone, channel).detail(Details.REASON, refusal.get().reason()).error(MyPageErrors.CODE_QUOTA);
            long wait = Math.max(1, refusal.get().retryAtEpochSecond() - now.getEpochSecond());
            return Optional.of(
                    refusal.get().reason().equals("cooldown")
                            ? new FormMessage(CodeDispatch.FIELD, "mypageCodeTooSoon", Long.toString(wait))
                            : new FormMessage(
                                    CodeDispatch.FIELD,
                                    "mypageCodeQuota",
                                    RETRY_AT.format(
                                            Instant.ofEpochSecond(refusal.get().retryAtEpochSecond()))));
        }
        String code = CodeHasher.newCode();
        Locale locale = context.session().getContext().resolveLocale(context.user());
        SendOutcome outcome = context.session()
                .getProvider(CodeSender.class)
                .send(new CodeMessage(
                        channel, phone.e164(), code, locale, Duration.ofSeconds(config.lifetimeSeconds())));
        if (!outcome.sent()) {
            quota.releaseCooldown(phone.e164());
            event(phone, channel)
                    .detail(MyPageDetails.PROVIDER_ERROR, String.valueOf(outcome.errorCode()))
                    .error(MyPageErrors.CODE_SEND_FAILED);
            boolean otherChannel = phone.channels().size() > 1;
            String key = channel == Channel.SMS ? "mypageSmsSendFailed" : "mypageVoiceSendFailed";
            return Optional.of(new FormMessage(CodeDispatch.FIELD, otherChannel ? key : key + "TryLater"));
        }
        long t = now.getEpochSecond();
        notes.codeSent(
                purpose,
                phone.e164(),
                channel.name(),
                new CodeHasher(context.session(), context.realm()).hash(notes.binding(purpose, phone.e164()), code),
                t + config.lifetimeSeconds(),
                t + config.resendCooldownSeconds());
        event(phone, channel)
                .detail(MyPageDetails.MESSAGE_ID, String.valueOf(outcome.messageId()))
                .success();
        return Optional.empty();
    }

    private EventBuilder event(ChoosablePhone phone, Channel channel) {
        return MyPageEvents.step(context.event(), context.user(), MyPageEvents.CODE_SEND)
                .detail(MyPageDetails.CHANNEL, channel.eventValue())
                .detail(MyPageDetails.PHONE, phone.masked());
    }
}
