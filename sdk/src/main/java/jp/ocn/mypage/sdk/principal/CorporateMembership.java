package jp.ocn.mypage.sdk.principal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code corp} claim of a corporate member: {@code {"customer_number","name","roles":[…],"representative":bool,
 * "deputy_until"}}. The representative holds every role; a deputy holds {@code approve} until {@code deputy_until}.
 */
public record CorporateMembership(
        String customerNumber,
        String name,
        Set<CorporateRole> roles,
        boolean representative,
        Optional<Instant> deputyUntil) {

    public CorporateMembership {
        Objects.requireNonNull(customerNumber);
        Objects.requireNonNull(name);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(deputyUntil);
    }

    /** Whether this member may act in {@code role} at {@code now}. */
    public boolean hasRole(CorporateRole role, Instant now) {
        if (representative || roles.contains(role)) {
            return true;
        }
        return role == CorporateRole.APPROVE && deputyUntil.map(now::isBefore).orElse(false);
    }
}
