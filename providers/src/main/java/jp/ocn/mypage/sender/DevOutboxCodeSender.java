package jp.ocn.mypage.sender;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Development stand-in for Twilio: the message Twilio would have carried goes to the {@link DevOutbox} file, where
 * a person trying the screens reads the code. The same destination rules apply as with Twilio.
 */
final class DevOutboxCodeSender implements CodeSender {

    private static final Logger LOG = Logger.getLogger(DevOutboxCodeSender.class);

    private final DevOutbox outbox;
    private final PhonePolicy policy;

    DevOutboxCodeSender(DevOutbox outbox, PhonePolicy policy) {
        this.outbox = outbox;
        this.policy = policy;
    }

    @Override
    public SendOutcome send(PhoneMessage message) {
        String to = PhoneMask.mask(message.toE164());
        if (!policy.allows(message.channel(), message.toE164())) {
            LOG.warnf(
                    "Dev outbox: %s to %s refused: destination not allowed",
                    message.channel().eventValue(), to);
            return SendOutcome.failed(SendOutcome.NOT_ALLOWED_DESTINATION);
        }
        String text = message.channel() == Channel.SMS ? message.smsText() : String.join(" ", message.voiceSentences());
        try {
            outbox.append(Instant.now(), message.channel(), message.toE164(), text);
        } catch (IOException e) {
            LOG.warnf(
                    "Dev outbox: %s to %s not written to %s: %s",
                    message.channel().eventValue(), to, outbox.file(), e.toString());
            return SendOutcome.failed(SendOutcome.INTERNAL);
        }
        // The code is in the file; the log line only says where to look.
        LOG.infof("Dev outbox: %s to %s written to %s", message.channel().eventValue(), to, outbox.file());
        return SendOutcome.ok("dev-" + UUID.randomUUID());
    }
}
