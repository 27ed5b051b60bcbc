package jp.ocn.mypage.sdk.decision;

import static jp.ocn.mypage.sdk.decision.Principals.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.CorporateRole;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;
import org.junit.jupiter.api.Test;

/** Seed 000's menu table and the corporate role menus. */
class MenuPolicyTest {

    @Test
    void anActiveCustomerMayOpenEveryMenuWithSeed000sWords() {
        assertThat(table(ContractStatus.ACTIVE))
                .containsExactly(
                        "契約情報 open 閲覧・変更可", "料金・明細 open 閲覧可", "支払い方法 open 変更可", "オプション open 申込・停止可", "解約関連 open 申請可");
    }

    @Test
    void aCancelledCustomerReadsForTheRetentionPeriodAndChangesNothing() {
        assertThat(table(ContractStatus.CANCELLED))
                .containsExactly(
                        "契約情報 open 期間限定で閲覧可",
                        "料金・明細 open 期間限定で閲覧可",
                        "支払い方法 closed 解約後のため操作不可",
                        "オプション closed 解約後のため操作不可",
                        "解約関連 open 手続き完了のみ");
    }

    @Test
    void anUnregisteredAccountSeesOnlyRestrictedContractInformation() {
        assertThat(table(ContractStatus.UNREGISTERED))
                .containsExactly(
                        "契約情報 open 表示制限あり",
                        "料金・明細 closed お客さま番号が未登録のため表示不可",
                        "支払い方法 closed お客さま番号が未登録のため操作不可",
                        "オプション closed お客さま番号が未登録のため操作不可",
                        "解約関連 closed お客さま番号が未登録のため申請不可");
    }

    @Test
    void justAppliedAndCancellingFollowSeed000() {
        assertThat(table(ContractStatus.APPLIED))
                .containsExactly(
                        "契約情報 open 閲覧可",
                        "料金・明細 open 未反映または一部のみ",
                        "支払い方法 open 受付可",
                        "オプション open 受付不可のことあり",
                        "解約関連 closed 申込直後のため取消不可");
        assertThat(table(ContractStatus.CANCELLING))
                .containsExactly(
                        "契約情報 open 閲覧可", "料金・明細 open 閲覧可", "支払い方法 open 変更制限あり", "オプション open 新規申込不可", "解約関連 open 進捗確認可");
    }

    @Test
    void withdrawnOrUnknownStatusOpensNothing() {
        for (ContractStatus s : List.of(ContractStatus.WITHDRAWN, ContractStatus.UNKNOWN)) {
            assertThat(MenuPolicy.menusFor(Principals.individual(s), NOW))
                    .allSatisfy(d -> assertThat(d.allowed()).isFalse());
        }
    }

    @Test
    void anIndividualGetsFiveMenusAndNoCorporateOnes() {
        MyPagePrincipal taro = Principals.individual(ContractStatus.ACTIVE);
        assertThat(MenuPolicy.menusFor(taro, NOW))
                .extracting(MenuDecision::menu)
                .containsExactlyElementsOf(MenuPolicy.INDIVIDUAL_MENUS);
        assertThat(MenuPolicy.decide(taro, Menu.USER_ADMINISTRATION, NOW).allowed())
                .isFalse();
    }

    @Test
    void theRepresentativeOpensEverythingIncludingPaymentAndInvoiceAddress() {
        assertThat(corporateTable(Principals.corporate(true)))
                .containsEntry("ユーザー管理", true)
                .containsEntry("支払い方法", true)
                .containsEntry("請求書送付先", true)
                .containsEntry("オプション", true)
                .containsEntry("契約情報", true);
    }

    @Test
    void aViewerReadsButAppliesForNothingAndManagesNobody() {
        Map<String, Boolean> etsuran = corporateTable(Principals.corporate(false, CorporateRole.VIEW));
        assertThat(etsuran)
                .containsEntry("契約情報", true)
                .containsEntry("料金・明細", true)
                .containsEntry("オプション", false)
                .containsEntry("解約関連", false)
                .containsEntry("ユーザー管理", false)
                .containsEntry("支払い方法", false)
                .containsEntry("請求書送付先", false);
        assertThat(MenuPolicy.decide(Principals.corporate(false, CorporateRole.VIEW), Menu.PAYMENT_METHOD, NOW)
                        .note())
                .isEqualTo("代表IDのみ操作できます");
    }

    @Test
    void anApplicantAppliesAndAManagerManagesButNeitherPays() {
        assertThat(corporateTable(Principals.corporate(false, CorporateRole.APPLY)))
                .containsEntry("オプション", true)
                .containsEntry("解約関連", true)
                .containsEntry("ユーザー管理", false)
                .containsEntry("支払い方法", false);
        assertThat(corporateTable(Principals.corporate(false, CorporateRole.MANAGE)))
                .containsEntry("ユーザー管理", true)
                .containsEntry("オプション", false)
                .containsEntry("請求書送付先", false);
    }

    @Test
    void aCorporateMemberWithoutAnyRoleOpensNothing() {
        assertThat(corporateTable(Principals.corporate(false))).doesNotContainValue(true);
    }

    @Test
    void aUserIdWithoutACustomerNumberOfItsOwnGetsTheMenusOfItsRoles() {
        MyPagePrincipal kanri = Principals.userId(CorporateRole.MANAGE);
        assertThat(MenuPolicy.decide(kanri, Menu.USER_ADMINISTRATION, NOW))
                .isEqualTo(new MenuDecision(Menu.USER_ADMINISTRATION, true, MenuPolicy.USER_ID_NOTE));
        assertThat(corporateTable(kanri))
                .containsEntry("契約情報", true)
                .containsEntry("オプション", false)
                .containsEntry("支払い方法", false);
        assertThat(corporateTable(Principals.userId(CorporateRole.VIEW)))
                .containsEntry("料金・明細", true)
                .containsEntry("ユーザー管理", false);
        assertThat(MenuPolicy.decide(Principals.userId(), Menu.CONTRACT, NOW).allowed())
                .as("no role, no menu")
                .isFalse();
    }

    private static List<String> table(ContractStatus status) {
        return MenuPolicy.menusFor(Principals.individual(status), NOW).stream()
                .map(d -> d.menu().label() + (d.allowed() ? " open " : " closed ") + d.note())
                .toList();
    }

    private static Map<String, Boolean> corporateTable(MyPagePrincipal p) {
        return MenuPolicy.menusFor(p, NOW).stream()
                .collect(Collectors.toMap(d -> d.menu().label(), MenuDecision::allowed));
    }
}
