package jp.ocn.mypage.corporate;

import java.util.EnumSet;
import java.util.Set;

/** The rules of a role change, apart from who may ask (that is the resource's one check). */
final class RoleRules {

    private RoleRules() {}

    /** Separation of duties: nobody holds 申請 and 承認 at once (a deputy's temporary 承認 included). */
    static boolean breaksSeparationOfDuties(Set<CorporateRole> roles, boolean deputy, boolean ruleOn) {
        return ruleOn && roles.contains(CorporateRole.APPLY) && (roles.contains(CorporateRole.APPROVE) || deputy);
    }

    /**
     * Four eyes: a grant of 承認 or 管理 by anyone but the representative waits for a second administrator. Revoking
     * and granting 閲覧 or 申請 apply at once.
     */
    static boolean needsSecondAdministrator(
            Set<CorporateRole> before, Set<CorporateRole> after, boolean byRepresentative) {
        if (byRepresentative) {
            return false;
        }
        EnumSet<CorporateRole> added = EnumSet.noneOf(CorporateRole.class);
        added.addAll(after);
        added.removeAll(before);
        return added.stream().anyMatch(CorporateRole::needsSecondAdministrator);
    }
}
