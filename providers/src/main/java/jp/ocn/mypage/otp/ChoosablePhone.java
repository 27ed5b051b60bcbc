package jp.ocn.mypage.otp;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.ocn.mypage.corporate.CorporateAccountsProvider;
import jp.ocn.mypage.corporate.CorporateMember;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.PhonePolicy;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/** A registered contact phone as the choice screen shows it: masked, with the methods its line allows. */
public record ChoosablePhone(int index, String e164, String masked, List<Channel> channels) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    public boolean allows(Channel channel) {
        return channels.contains(channel);
    }

    public boolean isSms() {
        return allows(Channel.SMS);
    }

    /**
     * Every contact phone of the linked customers, once each, in directory order, with the channels the
     * sender's own policy allows for it (so the screen never offers what the sender would refuse).
     */
    static List<ChoosablePhone> of(List<Customer> customers) {
        Map<String, ContactPhone> unique = new LinkedHashMap<>();
        customers.forEach(c -> c.contactPhones().forEach(p -> unique.putIfAbsent(p.e164(), p)));
        return ofNumbers(List.copyOf(unique.keySet()));
    }

    /**
     * The phones of an account's sign-in codes: its linked customers' contact phones, then, for a corporate user ID
     * (which has no customer of its own), the mobile its administrator set.
     */
    static List<ChoosablePhone> ofAccount(KeycloakSession session, RealmModel realm, UserModel user) {
        List<String> numbers = new ArrayList<>();
        session.getProvider(CustomerDirectoryProvider.class).linkedCustomers(realm, user.getId()).stream()
                .flatMap(c -> c.contactPhones().stream())
                .map(ContactPhone::e164)
                .filter(n -> !numbers.contains(n))
                .forEach(numbers::add);
        CorporateAccountsProvider corporate = session.getProvider(CorporateAccountsProvider.class);
        if (corporate != null) {
            corporate
                    .userIdOf(realm, user.getId())
                    .map(CorporateMember::phoneE164)
                    .filter(n -> n != null && !numbers.contains(n))
                    .ifPresent(numbers::add);
        }
        return ofNumbers(numbers);
    }

    /** The given numbers (E.164) that may receive a code, with their channels, indexed in the given order. */
    static List<ChoosablePhone> ofNumbers(List<String> e164s) {
        PhonePolicy policy = PhonePolicy.japanOnly();
        List<String> numbers =
                e164s.stream().filter(n -> !policy.channelsFor(n).isEmpty()).toList();
        return IntStream.range(0, numbers.size())
                .mapToObj(i -> new ChoosablePhone(
                        i,
                        numbers.get(i),
                        mask(numbers.get(i)),
                        Arrays.stream(Channel.values())
                                .filter(policy.channelsFor(numbers.get(i))::contains)
                                .toList()))
                .toList();
    }

    /** {@code +819012345678} → {@code 090-****-5678}: enough to recognise one's own number, no more. */
    static String mask(String e164) {
        try {
            String national = PHONES.format(PHONES.parse(e164, "JP"), PhoneNumberUtil.PhoneNumberFormat.NATIONAL);
            String[] groups = national.split("-");
            if (groups.length == 3) {
                return groups[0] + "-" + "*".repeat(groups[1].length()) + "-" + groups[2];
            }
            return "*".repeat(Math.max(0, national.length() - 4))
                    + national.substring(Math.max(0, national.length() - 4));
        } catch (NumberParseException e) {
            return "****";
        }
    }
}
