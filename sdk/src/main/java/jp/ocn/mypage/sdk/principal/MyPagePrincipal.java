package jp.ocn.mypage.sdk.principal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a verified token speaks for, typed. Absent claims become empty lists, {@link Optional#empty()},
 * {@link ContractStatus#UNKNOWN} or {@code false}: never {@code null}.
 *
 * @param subject {@code sub}
 * @param ocnId {@code ocn_id}, the login ID
 * @param customerNumbers {@code customer_numbers}, sorted
 * @param contracts {@code contracts}
 * @param accountStatus {@code account_status} ({@link ContractStatus#UNKNOWN} when absent)
 * @param corporate {@code corp}, for members of a corporation
 * @param acr {@code acr} ("1", "2"; empty when absent)
 * @param amr {@code amr} ({@code pwd}, {@code otp}, {@code sms}, {@code tel} ...)
 * @param authTime {@code auth_time}
 * @param daccountLinked {@code daccount_linked}
 * @param sessionId {@code sid}, the login server's session (matches back-channel logout tokens)
 * @param clientId {@code azp}, the client the token was issued to
 * @param issuedAt {@code iat}
 * @param expiresAt {@code exp}
 */
public record MyPagePrincipal(
        String subject,
        String ocnId,
        List<String> customerNumbers,
        List<Contract> contracts,
        ContractStatus accountStatus,
        Optional<CorporateMembership> corporate,
        String acr,
        List<String> amr,
        Optional<Instant> authTime,
        boolean daccountLinked,
        Optional<String> sessionId,
        Optional<String> clientId,
        Instant issuedAt,
        Instant expiresAt) {

    public MyPagePrincipal {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(ocnId);
        customerNumbers = List.copyOf(customerNumbers);
        contracts = List.copyOf(contracts);
        Objects.requireNonNull(accountStatus);
        Objects.requireNonNull(corporate);
        Objects.requireNonNull(acr);
        amr = List.copyOf(amr);
        Objects.requireNonNull(authTime);
        Objects.requireNonNull(sessionId);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(expiresAt);
    }

    /** The level of authentication as a number ({@code acr} "2" → 2); 0 when absent or not a level. */
    public int level() {
        try {
            return Integer.parseInt(acr);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public boolean isCorporate() {
        return corporate.isPresent();
    }

    /** Whether this principal, a corporate member, may act in {@code role} at {@code now}; false for individuals. */
    public boolean hasRole(CorporateRole role, Instant now) {
        return corporate.map(c -> c.hasRole(role, now)).orElse(false);
    }

    public boolean isRepresentative() {
        return corporate.map(CorporateMembership::representative).orElse(false);
    }
}
