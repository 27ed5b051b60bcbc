package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountStandingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final int RETENTION = 90;

    private static Contract contract(String number, ContractStatus status, LocalDate changedOn) {
        return new Contract(number, "OCN光", status, changedOn);
    }

    private static Customer customer(String number, ContractStatus... statuses) {
        List<Contract> contracts = Arrays.stream(statuses)
                .map(s -> contract(number, s, TODAY.minusDays(10)))
                .toList();
        return customer(number, contracts);
    }

    private static Customer customer(String number, List<Contract> contracts) {
        return TestCustomers.taro(number, contracts, List.of());
    }

    private static Customer cancelledOn(String number, LocalDate changedOn) {
        return customer(number, List.of(contract(number, ContractStatus.CANCELLED, changedOn)));
    }

    private static void assertAllowed(AccountStanding standing, AccountStatus status) {
        assertThat(standing.allowed()).isTrue();
        assertThat(standing.refusal()).isEqualTo(AccountStanding.Refusal.NONE);
        assertThat(standing.status()).contains(status);
    }

    private static void assertRefused(AccountStanding standing, AccountStanding.Refusal refusal) {
        assertThat(standing.allowed()).isFalse();
        assertThat(standing.refusal()).isEqualTo(refusal);
        assertThat(standing.status()).isEmpty();
    }

    @Test
    void anAccountWithoutLinkedCustomersIsUnregisteredAndMaySignIn() {
        assertAllowed(AccountStanding.of(List.of(), TODAY, RETENTION), AccountStatus.UNREGISTERED);
    }

    @Test
    void aSingleActiveContractMakesTheAccountActive() {
        assertAllowed(
                AccountStanding.of(List.of(customer("N123456789", ContractStatus.ACTIVE)), TODAY, RETENTION),
                AccountStatus.ACTIVE);
    }

    @Test
    void eachContractStatusOnItsOwnGivesTheSameAccountStatus() {
        assertAllowed(
                AccountStanding.of(List.of(customer("N1", ContractStatus.CANCELLING)), TODAY, RETENTION),
                AccountStatus.CANCELLING);
        assertAllowed(
                AccountStanding.of(List.of(customer("N1", ContractStatus.APPLIED)), TODAY, RETENTION),
                AccountStatus.APPLIED);
        assertAllowed(
                AccountStanding.of(List.of(customer("N1", ContractStatus.CANCELLED)), TODAY, RETENTION),
                AccountStatus.CANCELLED);
    }

    @Test
    void activeBeatsEveryOtherStatusAcrossSeveralCustomers() {
        List<Customer> linked = List.of(
                customer("N100000001", ContractStatus.CANCELLED),
                customer("N100000002", ContractStatus.APPLIED, ContractStatus.CANCELLING),
                customer("N100000003", ContractStatus.ACTIVE));
        assertAllowed(AccountStanding.of(linked, TODAY, RETENTION), AccountStatus.ACTIVE);
    }

    @Test
    void cancellingBeatsAppliedAndCancelled() {
        List<Customer> linked = List.of(
                customer("N100000001", ContractStatus.APPLIED),
                customer("N100000002", ContractStatus.CANCELLED),
                customer("N100000003", ContractStatus.CANCELLING));
        assertAllowed(AccountStanding.of(linked, TODAY, RETENTION), AccountStatus.CANCELLING);
    }

    @Test
    void appliedBeatsCancelled() {
        List<Customer> linked = List.of(
                customer("N100000001", ContractStatus.CANCELLED), customer("N100000002", ContractStatus.APPLIED));
        assertAllowed(AccountStanding.of(linked, TODAY, RETENTION), AccountStatus.APPLIED);
    }

    @Test
    void theOrderOfCustomersDoesNotChangeTheBestStatus() {
        Customer applied = customer("N100000001", ContractStatus.APPLIED);
        Customer active = customer("N100000002", ContractStatus.ACTIVE);
        assertAllowed(AccountStanding.of(List.of(applied, active), TODAY, RETENTION), AccountStatus.ACTIVE);
        assertAllowed(AccountStanding.of(List.of(active, applied), TODAY, RETENTION), AccountStatus.ACTIVE);
    }

    @Test
    void withdrawnContractsAreLeftOutOfTheBestStatus() {
        List<Customer> linked = List.of(
                customer("N100000001", ContractStatus.WITHDRAWN),
                customer("N100000002", ContractStatus.APPLIED, ContractStatus.WITHDRAWN));
        assertAllowed(AccountStanding.of(linked, TODAY, RETENTION), AccountStatus.APPLIED);
    }

    @Test
    void anAccountWhoseContractsAreAllWithdrawnIsRefusedAsWithdrawn() {
        List<Customer> linked = List.of(
                customer("N100000001", ContractStatus.WITHDRAWN),
                customer("N100000002", ContractStatus.WITHDRAWN, ContractStatus.WITHDRAWN));
        assertRefused(AccountStanding.of(linked, TODAY, RETENTION), AccountStanding.Refusal.WITHDRAWN);
    }

    @Test
    void aCancelledContractWithinTheRetentionPeriodStillSignsInAsCancelled() {
        assertAllowed(
                AccountStanding.of(List.of(cancelledOn("N1", TODAY.minusDays(1))), TODAY, RETENTION),
                AccountStatus.CANCELLED);
        assertAllowed(AccountStanding.of(List.of(cancelledOn("N1", TODAY)), TODAY, RETENTION), AccountStatus.CANCELLED);
    }

    @Test
    void exactlyRetentionDaysAfterTheChangeDateIsStillAllowed() {
        assertAllowed(
                AccountStanding.of(List.of(cancelledOn("N1", TODAY.minusDays(RETENTION))), TODAY, RETENTION),
                AccountStatus.CANCELLED);
    }

    @Test
    void oneDayPastTheRetentionPeriodIsRefusedAsCancelledExpired() {
        assertRefused(
                AccountStanding.of(List.of(cancelledOn("N1", TODAY.minusDays(RETENTION + 1))), TODAY, RETENTION),
                AccountStanding.Refusal.CANCELLED_EXPIRED);
    }

    @Test
    void expiredCancelledAndWithdrawnContractsTogetherAreRefusedAsCancelledExpired() {
        List<Customer> linked = List.of(
                cancelledOn("N100000001", TODAY.minusDays(400)), customer("N100000002", ContractStatus.WITHDRAWN));
        assertRefused(AccountStanding.of(linked, TODAY, RETENTION), AccountStanding.Refusal.CANCELLED_EXPIRED);
    }

    @Test
    void anExpiredCancelledContractDoesNotHideAnActiveOne() {
        List<Customer> linked =
                List.of(cancelledOn("N100000001", TODAY.minusDays(400)), customer("N100000002", ContractStatus.ACTIVE));
        assertAllowed(AccountStanding.of(linked, TODAY, RETENTION), AccountStatus.ACTIVE);
    }

    @Test
    void aCancelledContractWithinRetentionWinsOverAnExpiredOne() {
        List<Customer> linked =
                List.of(cancelledOn("N100000001", TODAY.minusDays(400)), cancelledOn("N100000002", TODAY.minusDays(5)));
        assertAllowed(AccountStanding.of(linked, TODAY, RETENTION), AccountStatus.CANCELLED);
    }

    @Test
    void withRetentionZeroACancellationCountsOnlyOnTheDayItself() {
        assertAllowed(AccountStanding.of(List.of(cancelledOn("N1", TODAY)), TODAY, 0), AccountStatus.CANCELLED);
        assertRefused(
                AccountStanding.of(List.of(cancelledOn("N1", TODAY.minusDays(1))), TODAY, 0),
                AccountStanding.Refusal.CANCELLED_EXPIRED);
    }

    @Test
    void retentionDoesNotApplyToStatusesOtherThanCancelled() {
        Customer longAgo = customer(
                "N1",
                List.of(
                        contract("N1", ContractStatus.ACTIVE, TODAY.minusYears(20)),
                        contract("N1", ContractStatus.APPLIED, TODAY.minusYears(20))));
        assertAllowed(AccountStanding.of(List.of(longAgo), TODAY, 0), AccountStatus.ACTIVE);
    }

    @Test
    void statusValueIsTheLowerCaseClaimValue() {
        AccountStanding standing =
                AccountStanding.of(List.of(customer("N1", ContractStatus.CANCELLING)), TODAY, RETENTION);
        assertThat(standing.status().map(AccountStatus::value)).isEqualTo(Optional.of("cancelling"));
    }
}
