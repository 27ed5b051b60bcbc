package jp.ocn.mypage.sender;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One code to deliver. {@code locale} decides the language (English for {@code en}, Japanese otherwise; null
 * means Japanese). {@link #toString()} masks the number and hides the code, so logging a message leaks neither.
 */
public record CodeMessage(Channel channel, String toE164, String code, Locale locale, Duration lifetime)
        implements PhoneMessage {

    public CodeMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(toE164, "toE164");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lifetime, "lifetime");
    }

    @Override
    public String smsText() {
        return CodeTexts.sms(this);
    }

    @Override
    public List<String> voiceSentences() {
        return CodeTexts.voiceSentences(this);
    }

    @Override
    public String toString() {
        return "CodeMessage[" + channel.eventValue() + " to " + PhoneMask.mask(toE164) + ", lifetime " + lifetime + "]";
    }
}
