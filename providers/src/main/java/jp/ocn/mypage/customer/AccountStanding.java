package jp.ocn.mypage.customer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides from the linked customers' contracts whether an account may sign in and with which status.
 * Withdrawn contracts, and cancelled ones past the retention period, are left out; the best of the rest
 * wins, in the order active, cancelling, applied, cancelled.
 */
public record AccountStanding(Optional<AccountStatus> status, Refusal refusal) {

    /** Why an account whose linked customers are all gone cannot sign in. */
    public enum Refusal {
        NONE,
        WITHDRAWN,
        CANCELLED_EXPIRED
    }

    private static final List<ContractStatus> BEST_FIRST =
            List.of(ContractStatus.ACTIVE, ContractStatus.CANCELLING, ContractStatus.APPLIED, ContractStatus.CANCELLED);

    public boolean allowed() {
        return refusal == Refusal.NONE;
    }

    public static AccountStanding of(List<Customer> linked, LocalDate today, int retentionDays) {
        List<Contract> contracts =
                linked.stream().flatMap(c -> c.contracts().stream()).toList();
        if (contracts.isEmpty()) {
            return new AccountStanding(Optional.of(AccountStatus.UNREGISTERED), Refusal.NONE);
        }
        Optional<ContractStatus> best = contracts.stream()
                .filter(c -> counts(c, today, retentionDays))
                .map(Contract::status)
                .min(Comparator.comparingInt(BEST_FIRST::indexOf));
        if (best.isPresent()) {
            return new AccountStanding(
                    Optional.of(AccountStatus.valueOf(best.get().name())), Refusal.NONE);
        }
        boolean anyCancelled = contracts.stream().anyMatch(c -> c.status() == ContractStatus.CANCELLED);
        return new AccountStanding(Optional.empty(), anyCancelled ? Refusal.CANCELLED_EXPIRED : Refusal.WITHDRAWN);
    }

    private static boolean counts(Contract c, LocalDate today, int retentionDays) {
        return switch (c.status()) {
            case WITHDRAWN -> false;
            case CANCELLED -> !today.isAfter(c.statusChangedOn().plusDays(retentionDays));
            default -> true;
        };
    }
}
