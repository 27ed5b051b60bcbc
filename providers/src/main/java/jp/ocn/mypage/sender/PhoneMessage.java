package jp.ocn.mypage.sender;

import java.util.List;
import java.util.Locale;

/**
 * What a {@link CodeSender} delivers: a one-time code, or a notice such as "your contact phone was changed".
 * Each message writes its own words; the sender only carries them.
 */
public sealed interface PhoneMessage permits CodeMessage, PhoneChangedNotice, CustomerLinkedNotice {

    Channel channel();

    String toE164();

    /** English for {@code en}, Japanese otherwise (null means Japanese). */
    Locale locale();

    String smsText();

    /** The call's script, one sentence per entry; the sender pauses between them. */
    List<String> voiceSentences();

    default boolean english() {
        return locale() != null && "en".equals(locale().getLanguage());
    }
}
