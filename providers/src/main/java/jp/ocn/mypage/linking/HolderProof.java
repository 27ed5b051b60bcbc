package jp.ocn.mypage.linking;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.identity.BirthDate;
import jp.ocn.mypage.identity.LoginIdNormalizer;

/**
 * What a user types to prove they hold a customer number: the number, the birth date, and the postal code
 * or the holder name in kana (or both). Normalised the way people type them; {@link #problem()} names a
 * field typed in a shape that cannot be right, which says nothing about any customer.
 */
record HolderProof(
        String customerNumber,
        LocalDate birthDate,
        String postalCode,
        String kana,
        String problemField,
        String problem) {

    private static final int MAX_LENGTH = 100;

    static HolderProof read(String number, String birthDate, String postalCode, String kana) {
        String n = LoginIdNormalizer.customerNumberOrNull(limit(number));
        if (n == null) {
            return refused("customerNumber", "mypageLinkNumberShape");
        }
        Optional<LocalDate> born = BirthDate.parse(limit(birthDate));
        if (born.isEmpty()) {
            return refused("birthDate", "mypageLinkBirthDateShape");
        }
        String postal = postal(limit(postalCode));
        String k = kana(limit(kana));
        if (postal.isEmpty() && k.isEmpty()) {
            return refused("postalCode", "mypageLinkPostalOrKana");
        }
        if (!postal.isEmpty() && !postal.matches("[0-9]{7}")) {
            return refused("postalCode", "mypageLinkPostalShape");
        }
        return new HolderProof(n, born.get(), postal, k, null, null);
    }

    boolean valid() {
        return problem == null;
    }

    /** Every field given must match: the birth date, and the postal code and/or the kana name. */
    boolean matches(Customer customer) {
        if (!customer.customerNumber().equals(customerNumber) || !birthDate.equals(customer.birthDate())) {
            return false;
        }
        boolean postalOk = postalCode.isEmpty() || postalCode.equals(postal(customer.postalCode()));
        boolean kanaOk = kana.isEmpty() || kana.equals(kana(customer.holderNameKana()));
        return postalOk && kanaOk;
    }

    /** 〒100-0001, １００－０００１, "100 0001" → 1000001. */
    static String postal(String typed) {
        return typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[〒\\s\\-ー‐−]", "");
    }

    /** Half-width and hiragana become full-width katakana; spaces and middle dots go. */
    static String kana(String typed) {
        if (typed == null) {
            return "";
        }
        String t = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s・･]", "");
        StringBuilder out = new StringBuilder(t.length());
        t.codePoints().forEach(c -> out.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
        return out.toString();
    }

    private static String limit(String typed) {
        // Too long to be any of these: a character no field accepts, so it fails its shape or its match.
        return typed == null ? "" : typed.length() > MAX_LENGTH ? "\u0000" : typed;
    }

    private static HolderProof refused(String field, String key) {
        return new HolderProof(null, null, null, null, field, key);
    }
}
