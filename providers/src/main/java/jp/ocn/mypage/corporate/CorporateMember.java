package jp.ocn.mypage.corporate;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member of a corporation as the rest of the code sees it: the representative (holding every role, no row of
 * its own) or a user ID with its granted roles, own mobile and deputy end (epoch millis, null when none).
 */
public record CorporateMember(
        String customerNumber,
        String userId,
        boolean representative,
        Set<CorporateRole> roles,
        String phoneE164,
        Long deputyUntil) {

    public CorporateMember {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static CorporateMember representative(String customerNumber, String userId) {
        return new CorporateMember(customerNumber, userId, true, EnumSet.allOf(CorporateRole.class), null, null);
    }

    /** Granted roles plus 承認 while a deputy period runs. */
    public Set<CorporateRole> effectiveRoles(long nowMillis) {
        if (deputyUntil == null || deputyUntil <= nowMillis || roles.contains(CorporateRole.APPROVE)) {
            return roles;
        }
        EnumSet<CorporateRole> with = roles.isEmpty() ? EnumSet.noneOf(CorporateRole.class) : EnumSet.copyOf(roles);
        with.add(CorporateRole.APPROVE);
        return with;
    }

    public boolean has(CorporateRole role, long nowMillis) {
        return effectiveRoles(nowMillis).contains(role);
    }

    /** A deputy end still ahead, else null. */
    public Long activeDeputyUntil(long nowMillis) {
        return deputyUntil != null && deputyUntil > nowMillis ? deputyUntil : null;
    }
}
