package jp.ocn.mypage.sender;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.twiml.TwiMLException;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.voice.Pause;
import com.twilio.twiml.voice.Say;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import java.io.IOException;
import java.io.InterruptedIOException;
import org.jboss.logging.Logger;

/**
 * Sends codes through Twilio: SMS with the Messages API, calls with the Calls API and inline TwiML. Every
 * failure becomes a failed {@link SendOutcome} at once; logs show the masked number, never the code.
 */
final class TwilioCodeSender implements CodeSender {

    private static final Logger LOG = Logger.getLogger(TwilioCodeSender.class);

    private final TwilioRestClient client;
    private final TwilioConfig config;

    TwilioCodeSender(TwilioRestClient client, TwilioConfig config) {
        this.client = client;
        this.config = config;
    }

    @Override
    public SendOutcome send(PhoneMessage message) {
        String to = PhoneMask.mask(message.toE164());
        if (!config.phonePolicy().allows(message.channel(), message.toE164())) {
            LOG.warnf(
                    "Twilio %s to %s refused: destination not allowed",
                    message.channel().eventValue(), to);
            return SendOutcome.failed(SendOutcome.NOT_ALLOWED_DESTINATION);
        }
        long started = System.nanoTime();
        SendOutcome outcome;
        try {
            String sid = message.channel() == Channel.SMS ? sms(message) : call(message);
            outcome = SendOutcome.ok(sid);
        } catch (RuntimeException e) {
            outcome = failure(e);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (outcome.sent()) {
            LOG.debugf(
                    "Twilio %s to %s accepted as %s in %d ms",
                    message.channel().eventValue(), to, outcome.messageId(), millis);
        } else {
            LOG.warnf(
                    "Twilio %s to %s failed in %d ms: %s",
                    message.channel().eventValue(), to, millis, outcome.errorCode());
        }
        return outcome;
    }

    private String sms(PhoneMessage message) {
        return Message.creator(new PhoneNumber(message.toE164()), new PhoneNumber(config.from()), message.smsText())
                .create(client)
                .getSid();
    }

    private String call(PhoneMessage message) {
        return Call.creator(
                        new PhoneNumber(message.toE164()), new PhoneNumber(config.from()), new Twiml(twiml(message)))
                .create(client)
                .getSid();
    }

    /**
     * The call's TwiML: a second of silence first (people answering say もしもし over the start), then every sentence
     * of the script with a pause after it, so the code's repetition stands apart.
     */
    String twiml(PhoneMessage message) {
        boolean english = message.english();
        Say.Language language = english ? Say.Language.EN_US : Say.Language.JA_JP;
        Say.Voice voice = english ? config.voiceEn() : config.voiceJa();
        VoiceResponse.Builder response =
                new VoiceResponse.Builder().pause(new Pause.Builder().length(1).build());
        for (String sentence : message.voiceSentences()) {
            response.say(new Say.Builder(sentence)
                            .language(language)
                            .voice(voice)
                            .build())
                    .pause(new Pause.Builder().length(1).build());
        }
        try {
            return response.build().toXml();
        } catch (TwiMLException e) {
            throw new IllegalStateException("TwiML for a call could not be written", e);
        }
    }

    /** Twilio's error code when it gave one; else what went wrong on the way there. */
    static SendOutcome failure(RuntimeException e) {
        if (e instanceof ApiException api && api.getCode() != null && api.getCode() > 0) {
            return SendOutcome.failed(api.getCode().toString());
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return SendOutcome.failed(SendOutcome.TIMEOUT); // connect, TLS or read timeout
            }
            if (cause instanceof IOException) {
                return SendOutcome.failed(SendOutcome.NETWORK); // refused, reset, unknown host
            }
        }
        if (e instanceof ApiException api && api.getStatusCode() != null && api.getStatusCode() > 0) {
            return SendOutcome.failed("http_" + api.getStatusCode());
        }
        // Class names only: Twilio's messages quote the destination number, which logs must not hold.
        LOG.errorf(
                "Twilio send failed unexpectedly: %s (cause %s)",
                e.getClass().getName(),
                e.getCause() == null ? "none" : e.getCause().getClass().getName());
        return SendOutcome.failed(SendOutcome.INTERNAL);
    }
}
