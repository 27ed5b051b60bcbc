package jp.ocn.mypage.password;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;

/**
 * What a password must not contain, case-insensitively: the OCN ID's local part, customer numbers, contact
 * phone digits, and the birth date in its common forms (19850401, 850401, 0401).
 */
final class PersonalData {

    /** Shorter local parts ("ab@…") would refuse too many unrelated passwords. */
    private static final int MIN_LOCAL_PART = 3;

    private PersonalData() {}

    static Set<String> of(String username, String email, List<Customer> customers) {
        Set<String> items = new LinkedHashSet<>();
        addLocalPart(items, username);
        addLocalPart(items, email);
        for (Customer c : customers) {
            String number = c.customerNumber().toLowerCase(Locale.ROOT);
            items.add(number);
            items.add(number.substring(1));
            for (ContactPhone p : c.contactPhones()) {
                String national = "0" + p.e164().replaceFirst("^\\+81", "");
                items.add(national);
                items.add(national.substring(national.length() - 8));
            }
            if (c.birthDate() != null) {
                addDate(items, c.birthDate());
            }
        }
        return items;
    }

    /** The first item the password contains, or null. */
    static String found(String password, Set<String> items) {
        String p = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return items.stream().filter(p::contains).findFirst().orElse(null);
    }

    private static void addLocalPart(Set<String> items, String address) {
        if (address == null) {
            return;
        }
        String local = address.toLowerCase(Locale.ROOT);
        int at = local.indexOf('@');
        local = at >= 0 ? local.substring(0, at) : local;
        if (local.length() >= MIN_LOCAL_PART) {
            items.add(local);
        }
    }

    private static void addDate(Set<String> items, LocalDate date) {
        items.add(date.format(DateTimeFormatter.BASIC_ISO_DATE));
        items.add(date.format(DateTimeFormatter.ofPattern("yyMMdd")));
        items.add(date.format(DateTimeFormatter.ofPattern("MMdd")));
    }
}
