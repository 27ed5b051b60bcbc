package jp.ocn.mypage.customer;

import java.util.List;
import java.util.Optional;
import org.keycloak.models.RealmModel;
import org.keycloak.provider.Provider;

/** The customer directory: contract holders, their contracts, phones, connection IDs and links to OCN IDs. */
public interface CustomerDirectoryProvider extends Provider {

    Optional<Customer> findByNumber(RealmModel realm, String customerNumber);

    /** The customer number a connection ID (OCN接続用ID) belongs to, if the text is one. */
    Optional<String> connectionIdOwner(RealmModel realm, String connectionId);

    /** The Keycloak user ID linked to a customer number. */
    Optional<String> linkedUserId(RealmModel realm, String customerNumber);

    /** Every customer linked to a user, ordered by customer number. */
    List<Customer> linkedCustomers(RealmModel realm, String userId);

    /**
     * The customers linked to a user before a time (epoch milliseconds), ordered by customer number: whose phones
     * prove the account's holder in a sign-in that started then (a link made during it proves nothing yet).
     */
    List<Customer> linkedCustomersBefore(RealmModel realm, String userId, long beforeMillis);

    /**
     * Creates or replaces one customer (contracts, phones and connection IDs are replaced whole) and, when
     * {@code linkUserId} is given, links it to that user. Returns true when the customer was new.
     */
    boolean upsert(RealmModel realm, Customer customer, String linkUserId);

    /** Links the customer to the user, moving it from any other user; false when there is no such customer. */
    boolean link(RealmModel realm, String customerNumber, String userId);

    /** Removes the link when it is this user's; false when the customer is not linked to this user. */
    boolean unlink(RealmModel realm, String customerNumber, String userId);

    void removeLinksOfUser(RealmModel realm, String userId);

    void removeRealm(RealmModel realm);

    @Override
    default void close() {}
}
