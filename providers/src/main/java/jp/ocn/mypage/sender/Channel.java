package jp.ocn.mypage.sender;

import java.util.Locale;

/** How a code reaches the customer: a text message or an automated call reading it out. */
public enum Channel {
    SMS,
    VOICE;

    /** The value events and the dev outbox use: {@code sms} or {@code voice}. */
    public String eventValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
