package jp.ocn.mypage.corporate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorporateRolesTest {

    @Test
    void rolesAreStoredSortedByTheirApiNamesAndReadBackIgnoringUnknownNames() {
        assertThat(CorporateRole.format(EnumSet.of(CorporateRole.MANAGE, CorporateRole.VIEW)))
                .isEqualTo("view,manage");
        assertThat(CorporateRole.parse("manage, view,owner")).containsExactly(CorporateRole.VIEW, CorporateRole.MANAGE);
        assertThat(CorporateRole.parse("")).isEmpty();
    }

    @Test
    void theRepresentativeHoldsEveryRole() {
        assertThat(CorporateMember.representative("N678901234", "u").roles())
                .containsExactlyInAnyOrder(CorporateRole.values());
    }

    @Test
    void aDeputyApprovesUntilItsEndTimeAndNotAfter() {
        CorporateMember deputy =
                new CorporateMember("N678901234", "u", false, Set.of(CorporateRole.VIEW), null, 1_000L);
        assertThat(deputy.has(CorporateRole.APPROVE, 999L)).isTrue();
        assertThat(deputy.has(CorporateRole.APPROVE, 1_000L)).isFalse();
        assertThat(deputy.activeDeputyUntil(1_000L)).isNull();
        assertThat(deputy.roles()).containsExactly(CorporateRole.VIEW);
    }

    @Test
    void onlyApproveAndManageNeedASecondAdministrator() {
        assertThat(EnumSet.allOf(CorporateRole.class).stream().filter(CorporateRole::needsSecondAdministrator))
                .containsExactly(CorporateRole.APPROVE, CorporateRole.MANAGE);
    }

    @Test
    void aMemberMobileMustBeAJapaneseMobileTypedAnyWay() {
        assertThat(MemberMobile.e164("０９０－７０００－０００１")).contains("+819070000001");
        assertThat(MemberMobile.e164("090-7000-0004")).contains("+819070000004");
        assertThat(MemberMobile.e164("03-5678-9012")).isEmpty();
        assertThat(MemberMobile.e164("090-123-456")).isEmpty();
        assertThat(MemberMobile.e164("call me")).isEmpty();
    }
}
