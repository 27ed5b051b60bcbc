package jp.ocn.mypage.customer;

import java.util.Locale;
import java.util.Optional;

/** Contract status as the directory reports it (design.md: 申込直後 … 退会). */
public enum ContractStatus {
    APPLIED,
    ACTIVE,
    CANCELLING,
    CANCELLED,
    WITHDRAWN;

    /** Lower-case wire value used in imports and claims. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContractStatus> parse(String value) {
        for (ContractStatus s : values()) {
            if (s.value().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
