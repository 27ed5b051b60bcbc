package jp.ocn.mypage.customer;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;

/**
 * The standing of one account now: its linked customers as the directory has them and today's JST date, read
 * afresh on every call, so the time-based end of retention counts without any directory change.
 */
public final class SignInStanding {

    private SignInStanding() {}

    public static AccountStanding of(KeycloakSession session, RealmModel realm, String userId) {
        return AccountStanding.of(
                session.getProvider(CustomerDirectoryProvider.class).linkedCustomers(realm, userId),
                ContractPolicy.today(),
                ContractPolicy.of(realm).cancelledRetentionDays());
    }
}
