package jp.ocn.mypage.otp;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.List;
import jp.ocn.mypage.sender.PhonePolicy;

/**
 * A contact phone number as typed on the change screen (full-width digits, hyphens, spaces, +81 or 0…),
 * read by libphonenumber into E.164, or the message key saying why it cannot be registered.
 */
record NewPhoneNumber(String e164, String problem) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    static NewPhoneNumber parse(String typed, List<ChoosablePhone> registered) {
        if (typed == null || typed.isBlank()) {
            return refused("mypagePhoneMissing");
        }
        // NFKC turns full-width digits and － into ASCII; the long-vowel mark and dashes people type for hyphens stay.
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC)
                .replaceAll("[ー‐−–—]", "-")
                .trim();
        if (text.length() > 30 || !text.matches("[+0-9()\\-\\s]+")) {
            return refused("mypagePhoneInvalid");
        }
        String e164;
        try {
            e164 = PHONES.format(PHONES.parse(text, "JP"), PhoneNumberUtil.PhoneNumberFormat.E164);
        } catch (NumberParseException e) {
            return refused("mypagePhoneInvalid");
        }
        if (PhonePolicy.japanOnly().channelsFor(e164).isEmpty()) {
            return refused("mypagePhoneNotAllowed");
        }
        if (registered.stream().anyMatch(p -> p.e164().equals(e164))) {
            return refused("mypagePhoneAlreadyRegistered");
        }
        return new NewPhoneNumber(e164, null);
    }

    boolean valid() {
        return problem == null;
    }

    private static NewPhoneNumber refused(String key) {
        return new NewPhoneNumber(null, key);
    }
}
