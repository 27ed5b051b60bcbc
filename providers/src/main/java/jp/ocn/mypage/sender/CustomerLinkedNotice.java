package jp.ocn.mypage.sender;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells the phones already registered on an account that another customer number was linked to it: from then on
 * that customer's phones also receive the account's codes, so an owner who did not do it must hear of it at once.
 * Names the number only masked; no link. The Japanese SMS stays within one 70-character UCS-2 segment.
 */
public record CustomerLinkedNotice(Channel channel, String toE164, Locale locale, String customerNumberMasked)
        implements PhoneMessage {

    public CustomerLinkedNotice {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(toE164, "toE164");
        Objects.requireNonNull(customerNumberMasked, "customerNumberMasked");
    }

    /** {@code N123456789} → {@code N12****789}. */
    public static String mask(String customerNumber) {
        return customerNumber.length() < 7
                ? "**********"
                : customerNumber.substring(0, 3)
                        + "*".repeat(customerNumber.length() - 6)
                        + customerNumber.substring(customerNumber.length() - 3);
    }

    @Override
    public String smsText() {
        if (english()) {
            return "OCN MyPage: customer number " + customerNumberMasked
                    + " was added to your OCN ID. If you did not do this, call OCN support at once.";
        }
        return "【OCN マイページ】OCN IDにお客さま番号" + customerNumberMasked + "が追加されました。お心当たりがない場合はOCNへご連絡ください。";
    }

    @Override
    public List<String> voiceSentences() {
        if (english()) {
            return List.of(
                    "This is OCN MyPage.",
                    "Another customer number was added to your OCN ID.",
                    "If you did not do this, call OCN support at once. Goodbye.");
        }
        return List.of(
                "こちらは OCN マイページです。",
                "お客さまのOCN IDに、別のお客さま番号が追加で登録されました。",
                "お心当たりがない場合は、すぐにOCNサポートへご連絡ください。お電話ありがとうございました。");
    }

    @Override
    public String toString() {
        return "CustomerLinkedNotice[" + channel.eventValue() + " to " + PhoneMask.mask(toE164) + "]";
    }
}
