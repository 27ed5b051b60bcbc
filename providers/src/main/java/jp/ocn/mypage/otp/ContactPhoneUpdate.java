package jp.ocn.mypage.otp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.ocn.mypage.customer.ContactPhone;
import jp.ocn.mypage.customer.Customer;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.sender.Channel;
import jp.ocn.mypage.sender.CodeSender;
import jp.ocn.mypage.sender.PhoneChangedNotice;
import jp.ocn.mypage.sender.SendOutcome;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Replaces one contact phone by a verified new number in every customer linked to the account (in place, so
 * the order of the phones stays), then tells the old number. Links and everything else of the customers stay.
 */
final class ContactPhoneUpdate {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel user;

    ContactPhoneUpdate(KeycloakSession session, RealmModel realm, UserModel user) {
        this.session = session;
        this.realm = realm;
        this.user = user;
    }

    /** Returns how many customer records changed. */
    int replace(String oldE164, String newE164, boolean newIsMobile) {
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        ContactPhone replacement =
                new ContactPhone(newE164, newIsMobile ? ContactPhone.LineType.MOBILE : ContactPhone.LineType.LANDLINE);
        int changed = 0;
        for (Customer c : directory.linkedCustomers(realm, user.getId())) {
            if (c.contactPhones().stream().noneMatch(p -> p.e164().equals(oldE164))) {
                continue;
            }
            List<ContactPhone> phones = new ArrayList<>();
            for (ContactPhone p : c.contactPhones()) {
                ContactPhone kept = p.e164().equals(oldE164) ? replacement : p;
                if (phones.stream().noneMatch(q -> q.e164().equals(kept.e164()))) {
                    phones.add(kept);
                }
            }
            directory.upsert(
                    realm,
                    new Customer(
                            c.customerNumber(),
                            c.holderName(),
                            c.holderNameKana(),
                            c.birthDate(),
                            c.postalCode(),
                            c.corporate(),
                            c.corporateName(),
                            c.contracts(),
                            phones,
                            c.connectionIds(),
                            c.lineNetworks()),
                    null);
            changed++;
        }
        return changed;
    }

    /** SMS to an old mobile, a call to an old landline; a failure is reported, never thrown. */
    SendOutcome noticeToOldNumber(ChoosablePhone old, String newMasked) {
        Locale locale = session.getContext().resolveLocale(user);
        Channel channel = old.isSms() ? Channel.SMS : Channel.VOICE;
        return session.getProvider(CodeSender.class)
                .send(new PhoneChangedNotice(channel, old.e164(), locale, newMasked));
    }
}
