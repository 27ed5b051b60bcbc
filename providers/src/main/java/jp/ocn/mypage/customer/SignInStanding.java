package jp.ocn.mypage.customer;

import java.util.ArrayList;
import java.util.List;
import jp.ocn.mypage.corporate.CorporateAccountsProvider;
import jp.ocn.mypage.corporate.CorporateMember;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The standing of one account now: its linked customers as the directory has them and today's JST date, read
 * afresh on every call, so the time-based end of retention counts without any directory change. A corporate user ID
 * (利用者ID) has no customer of its own and stands with its corporation: when the corporation withdraws (退会), its
 * user IDs cannot sign in either, as its representative cannot.
 */
public final class SignInStanding {

    private SignInStanding() {}

    public static AccountStanding of(KeycloakSession session, RealmModel realm, String userId) {
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        List<Customer> customers = new ArrayList<>(directory.linkedCustomers(realm, userId));
        CorporateAccountsProvider corporate = session.getProvider(CorporateAccountsProvider.class);
        if (corporate != null) {
            corporate
                    .userIdOf(realm, userId)
                    .map(CorporateMember::customerNumber)
                    .flatMap(number -> directory.findByNumber(realm, number))
                    .filter(c ->
                            customers.stream().noneMatch(l -> l.customerNumber().equals(c.customerNumber())))
                    .ifPresent(customers::add);
        }
        return AccountStanding.of(
                customers, ContractPolicy.today(), ContractPolicy.of(realm).cancelledRetentionDays());
    }
}
