package jp.ocn.mypage.sender;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the old number that the account's contact phone was changed, so an owner who did not do it can react.
 * Names the new number only masked; no link (links in SMS teach customers to trust phishing). The Japanese SMS
 * stays within one 70-character UCS-2 segment.
 */
public record PhoneChangedNotice(Channel channel, String toE164, Locale locale, String newNumberMasked)
        implements PhoneMessage {

    public PhoneChangedNotice {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(toE164, "toE164");
        Objects.requireNonNull(newNumberMasked, "newNumberMasked");
    }

    @Override
    public String smsText() {
        if (english()) {
            return "OCN MyPage: the contact phone of your account was changed to " + newNumberMasked
                    + ". If you did not do this, call OCN support at once.";
        }
        return "【OCN マイページ】連絡先電話番号が" + newNumberMasked + "に変更されました。お心当たりがない場合はOCNへご連絡ください。";
    }

    @Override
    public List<String> voiceSentences() {
        if (english()) {
            return List.of(
                    "This is OCN MyPage.",
                    "The contact phone of your account was changed.",
                    "If you did not do this, call OCN support at once. Goodbye.");
        }
        return List.of("こちらは OCN マイページです。", "お客さまの連絡先電話番号が変更されました。", "お心当たりがない場合は、すぐにOCNサポートへご連絡ください。お電話ありがとうございました。");
    }

    @Override
    public String toString() {
        return "PhoneChangedNotice[" + channel.eventValue() + " to " + PhoneMask.mask(toE164) + "]";
    }
}
