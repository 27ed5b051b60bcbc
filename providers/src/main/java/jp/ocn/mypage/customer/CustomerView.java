package jp.ocn.mypage.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A customer as the operator API shows it: the import format, so a record read back can be sent again. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CustomerView(
        String customerNumber,
        String holderName,
        String holderNameKana,
        String birthDate,
        String postalCode,
        boolean corporate,
        String corporateName,
        List<ContractView> contracts,
        List<String> contactPhones,
        List<String> connectionIds,
        List<String> lineNetworks,
        String ocnId) {

    record ContractView(String service, String status, String statusChangedOn) {}

    static CustomerView of(Customer c, String ocnId) {
        return new CustomerView(
                c.customerNumber(),
                c.holderName(),
                c.holderNameKana(),
                text(c.birthDate()),
                c.postalCode(),
                c.corporate(),
                c.corporateName(),
                c.contracts().stream()
                        .map(k -> new ContractView(k.service(), k.status().value(), text(k.statusChangedOn())))
                        .toList(),
                c.contactPhones().stream().map(ContactPhone::e164).toList(),
                c.connectionIds(),
                c.lineNetworks(),
                ocnId);
    }

    private static String text(LocalDate date) {
        return Objects.toString(date, null);
    }
}
