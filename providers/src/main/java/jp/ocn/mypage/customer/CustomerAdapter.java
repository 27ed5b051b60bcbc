package jp.ocn.mypage.customer;

import java.util.List;

/** Adapts entities to the immutable model, so that nothing outside this package holds a managed entity. */
final class CustomerAdapter {

    private CustomerAdapter() {}

    static Customer toModel(CustomerEntity e) {
        List<Contract> contracts = e.getContracts().stream()
                .map(c -> new Contract(
                        e.getCustomerNumber(),
                        c.getService(),
                        ContractStatus.valueOf(c.getStatus()),
                        c.getStatusChangedOn()))
                .toList();
        List<ContactPhone> phones = e.getContactPhones().stream()
                .map(p -> new ContactPhone(p.getE164(), ContactPhone.LineType.valueOf(p.getLineType())))
                .toList();
        List<String> connectionIds = e.getConnectionIds().stream()
                .map(ConnectionIdEntity::getConnectionId)
                .sorted()
                .toList();
        return new Customer(
                e.getCustomerNumber(),
                e.getHolderName(),
                e.getHolderNameKana(),
                e.getBirthDate(),
                e.getPostalCode(),
                e.isCorporate(),
                e.getCorporateName(),
                contracts,
                phones,
                connectionIds,
                e.getLineNetworks().stream().map(LineNetworkEntity::getCidr).toList());
    }
}
