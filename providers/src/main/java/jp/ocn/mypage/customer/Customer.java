package jp.ocn.mypage.customer;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract holder as the rest of the code sees it: immutable, detached from JPA. {@code lineNetworks} are the
 * networks of the customer's OCN line in canonical CIDR text ({@link LineNetwork}), for the login restriction.
 */
public record Customer(
        String customerNumber,
        String holderName,
        String holderNameKana,
        LocalDate birthDate,
        String postalCode,
        boolean corporate,
        String corporateName,
        List<Contract> contracts,
        List<ContactPhone> contactPhones,
        List<String> connectionIds,
        List<String> lineNetworks) {

    public Customer {
        contracts = List.copyOf(contracts);
        contactPhones = List.copyOf(contactPhones);
        connectionIds = List.copyOf(connectionIds);
        lineNetworks = List.copyOf(lineNetworks);
    }
}
