package jp.ocn.mypage.corporate;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.Optional;

/** A user ID's own mobile for codes, as its administrator types it: a Japanese mobile (070/080/090) in E.164. */
final class MemberMobile {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private MemberMobile() {}

    static Optional<String> e164(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 30) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replaceAll("[ー‐−–—]", "-")
                .trim();
        if (!text.matches("[+0-9()\\-\\s]+")) {
            return Optional.empty();
        }
        try {
            var number = PHONES.parse(text, "JP");
            if (!PHONES.isValidNumberForRegion(number, "JP")
                    || PHONES.getNumberType(number) != PhoneNumberUtil.PhoneNumberType.MOBILE) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
