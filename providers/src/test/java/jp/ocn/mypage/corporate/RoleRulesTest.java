package jp.ocn.mypage.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleRulesTest {

    private static final Set<CorporateRole> VIEW = Set.of(CorporateRole.VIEW);

    @Test
    void applyWithApproveBreaksSeparationOfDutiesAlsoThroughADeputyPeriodUnlessTheRuleIsOff() {
        Set<CorporateRole> both = Set.of(CorporateRole.APPLY, CorporateRole.APPROVE);
        assertThat(RoleRules.breaksSeparationOfDuties(both, false, true)).isTrue();
        assertThat(RoleRules.breaksSeparationOfDuties(Set.of(CorporateRole.APPLY), true, true))
                .isTrue();
        assertThat(RoleRules.breaksSeparationOfDuties(Set.of(CorporateRole.APPLY), false, true))
                .isFalse();
        assertThat(RoleRules.breaksSeparationOfDuties(both, false, false)).isFalse();
    }

    @Test
    void aManagersGrantOfApproveOrManageWaitsButRevokingAndTheRepresentativesGrantsDoNot() {
        assertThat(RoleRules.needsSecondAdministrator(VIEW, Set.of(CorporateRole.VIEW, CorporateRole.APPROVE), false))
                .isTrue();
        assertThat(RoleRules.needsSecondAdministrator(VIEW, Set.of(CorporateRole.MANAGE), false))
                .isTrue();
        assertThat(RoleRules.needsSecondAdministrator(VIEW, Set.of(CorporateRole.VIEW, CorporateRole.APPLY), false))
                .isFalse();
        assertThat(RoleRules.needsSecondAdministrator(Set.of(CorporateRole.MANAGE), VIEW, false))
                .isFalse();
        assertThat(RoleRules.needsSecondAdministrator(VIEW, Set.of(CorporateRole.MANAGE), true))
                .isFalse();
    }

    @Test
    void theCsvExportStartsWithABomQuotesCellsAndDefusesFormulas() {
        String csv = AuditCsv.of(List.of(new AuditEntry(
                0L, "daihyo@x.jp", "a@x.jp", "roles", "view", "view,apply", "=HYPERLINK(\"x\")", "success", "r1")));
        assertThat(csv).startsWith("\uFEFFtime,actor,target,action,rolesBefore,rolesAfter,reason,result,requestId\r\n");
        assertThat(csv)
                .contains("1970-01-01T00:00:00Z,daihyo@x.jp,a@x.jp,roles,view,\"view,apply\","
                        + "\"'=HYPERLINK(\"\"x\"\")\",success,r1\r\n");
    }
}
