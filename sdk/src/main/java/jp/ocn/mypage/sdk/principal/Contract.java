package jp.ocn.mypage.sdk.principal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One entry of the {@code contracts} claim. */
public record Contract(
        String customerNumber, String service, ContractStatus status, Optional<LocalDate> statusChangedOn) {
    public Contract {
        Objects.requireNonNull(customerNumber);
        Objects.requireNonNull(service);
        Objects.requireNonNull(status);
        Objects.requireNonNull(statusChangedOn);
    }
}
