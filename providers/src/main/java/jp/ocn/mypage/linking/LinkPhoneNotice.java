package jp.ocn.mypage.linking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.CodeSender;
import jp.ocn.mypage.sender.CustomerLinkedNotice;
import jp.ocn.mypage.sender.PhonePolicy;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.UserModel;

/**
 * After a link, every phone the account had before it hears of it (SMS to a mobile, a call to a landline, through
 * the code sender SPI): the new customer's phones now receive the account's codes, so the owner must know.
 */
final class LinkPhoneNotice {

    private LinkPhoneNotice() {}

    /** Returns how many notices went out; a failed send is counted out, never thrown. */
    static int tell(KeycloakSession session, UserModel user, List<Customer> linkedBefore, String customerNumber) {
        Set<String> phones = new LinkedHashSet<>();
        linkedBefore.forEach(
                c -> c.contactPhones().stream().map(ContactPhone::e164).forEach(phones::add));
        if (phones.isEmpty()) {
            return 0;
        }
        Locale locale = session.getContext().resolveLocale(user);
        PhonePolicy policy = PhonePolicy.japanOnly();
        CodeSender sender = session.getProvider(CodeSender.class);
        String masked = CustomerLinkedNotice.mask(customerNumber);
        int sent = 0;
        for (String e164 : phones) {
            Set<Channel> channels = policy.channelsFor(e164);
            if (channels.isEmpty()) {
                continue;
            }
            Channel channel = channels.contains(Channel.SMS) ? Channel.SMS : Channel.VOICE;
            if (sender.send(new CustomerLinkedNotice(channel, e164, locale, masked))
                    .sent()) {
                sent++;
            }
        }
        return sent;
    }
}
