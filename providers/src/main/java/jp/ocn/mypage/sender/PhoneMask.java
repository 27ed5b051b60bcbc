package jp.ocn.mypage.sender;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number as logs and events may show it: {@code +819012345678} → {@code +81 90-****-5678}. Enough for
 * an operator to tell numbers apart, never enough to call one.
 */
public final class PhoneMask {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private PhoneMask() {}

    public static String mask(String number) {
        if (number == null || number.isBlank()) {
            return "(none)";
        }
        try {
            String international = PHONES.format(PHONES.parse(number, "JP"), PhoneNumberFormat.INTERNATIONAL);
            // "+81 90-1234-5678": country code and first group stay, middle groups become stars, last group stays.
            String[] groups = international.split("[ -]");
            if (groups.length >= 4) {
                StringBuilder out = new StringBuilder(groups[0]).append(' ').append(groups[1]);
                for (int i = 2; i < groups.length - 1; i++) {
                    out.append('-').append("*".repeat(groups[i].length()));
                }
                return out.append('-').append(groups[groups.length - 1]).toString();
            }
        } catch (NumberParseException e) {
            // fall through: keep the last four digits only
        }
        String digits = number.replaceAll("[^0-9]", "");
        return digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4);
    }
}
