package jp.ocn.mypage.sdk.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.CorporateRole;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/**
 * Which menus a principal may open: seed 000's table (README "Tokens": by {@code account_status}, or by one
 * contract's {@code status}) and, for corporate members, their roles. Plain methods, no state.
 *
 * <p>Corporate members (the {@code corp} claim) get the status rule and, on top, a role rule: 契約情報 and 料金・明細
 * need any role, オプション and 解約関連 need {@code apply} (申請), ユーザー管理 needs {@code manage} (管理), and
 * 支払い方法 and 請求書送付先 are the representative's (代表ID) only.
 */
public final class MenuPolicy {

    /** The menus of an individual customer, in the portal's order. */
    public static final List<Menu> INDIVIDUAL_MENUS =
            List.of(Menu.CONTRACT, Menu.BILLING, Menu.PAYMENT_METHOD, Menu.OPTIONS, Menu.CANCELLATION);

    private static final Map<ContractStatus, Map<Menu, MenuDecision>> TABLE = table();

    /** The note of a menu a user ID's roles open (it has no contract status of its own). */
    static final String USER_ID_NOTE = "利用者IDの権限で利用可";

    private MenuPolicy() {}

    /** Seed 000's cell for a status and one of its five menus (the corporate menus follow 契約情報's row). */
    public static MenuDecision decide(ContractStatus status, Menu menu) {
        Map<Menu, MenuDecision> row = TABLE.get(status);
        if (row == null) {
            return MenuDecision.deny(menu, status == ContractStatus.WITHDRAWN ? "退会済みのため利用できません" : "契約状態を確認できません");
        }
        MenuDecision cell = row.get(menu);
        if (cell != null) {
            return cell;
        }
        MenuDecision contract = row.get(Menu.CONTRACT);
        return new MenuDecision(menu, contract.allowed() && status != ContractStatus.UNREGISTERED, contract.note());
    }

    /** The decision for a principal: its {@code account_status}, then (corporate members) its roles. */
    public static MenuDecision decide(MyPagePrincipal principal, Menu menu, Instant now) {
        MenuDecision byStatus = decide(principal.accountStatus(), menu);
        if (!principal.isCorporate()) {
            if (menu == Menu.USER_ADMINISTRATION || menu == Menu.INVOICE_ADDRESS) {
                return MenuDecision.deny(menu, "法人契約のメニューです");
            }
            return byStatus;
        }
        String missing = missingRole(principal, menu, now);
        if (isUserIdOfTheCorporation(principal)) {
            return missing == null ? MenuDecision.allow(menu, USER_ID_NOTE) : MenuDecision.deny(menu, missing);
        }
        if (!byStatus.allowed()) {
            return byStatus;
        }
        return missing == null ? byStatus : MenuDecision.deny(menu, missing);
    }

    /** The menus the portal lists for a principal: five for individuals, seven for corporate members. */
    public static List<MenuDecision> menusFor(MyPagePrincipal principal, Instant now) {
        List<Menu> menus = new ArrayList<>(INDIVIDUAL_MENUS);
        if (principal.isCorporate()) {
            menus.add(Menu.USER_ADMINISTRATION);
            menus.add(Menu.INVOICE_ADDRESS);
        }
        return menus.stream().map(m -> decide(principal, m, now)).toList();
    }

    /**
     * A user ID (利用者ID) never links a customer number of its own, so its {@code account_status} is always
     * {@code unregistered}: it works within the corporation's contract (the login server decides whether it may sign
     * in at all), and its roles alone decide its menus.
     */
    private static boolean isUserIdOfTheCorporation(MyPagePrincipal p) {
        return !p.isRepresentative() && p.accountStatus() == ContractStatus.UNREGISTERED;
    }

    private static String missingRole(MyPagePrincipal p, Menu menu, Instant now) {
        switch (menu) {
            case PAYMENT_METHOD, INVOICE_ADDRESS:
                return p.isRepresentative() ? null : "代表IDのみ操作できます";
            case USER_ADMINISTRATION:
                return p.hasRole(CorporateRole.MANAGE, now) ? null : "管理権限が必要です";
            case OPTIONS, CANCELLATION:
                return p.hasRole(CorporateRole.APPLY, now) ? null : "申請権限が必要です";
            default:
                for (CorporateRole role : CorporateRole.values()) {
                    if (p.hasRole(role, now)) {
                        return null;
                    }
                }
                return "権限がありません";
        }
    }

    // Seed 000 「利用可能メニューの差分」, cell by cell; a cell that allows nothing at all is a refusal with its reason.
    private static Map<ContractStatus, Map<Menu, MenuDecision>> table() {
        Map<ContractStatus, Map<Menu, MenuDecision>> t = new EnumMap<>(ContractStatus.class);
        t.put(
                ContractStatus.APPLIED,
                row(
                        MenuDecision.allow(Menu.CONTRACT, "閲覧可"),
                        MenuDecision.allow(Menu.BILLING, "未反映または一部のみ"),
                        MenuDecision.allow(Menu.PAYMENT_METHOD, "受付可"),
                        MenuDecision.allow(Menu.OPTIONS, "受付不可のことあり"),
                        MenuDecision.deny(Menu.CANCELLATION, "申込直後のため取消不可")));
        t.put(
                ContractStatus.ACTIVE,
                row(
                        MenuDecision.allow(Menu.CONTRACT, "閲覧・変更可"),
                        MenuDecision.allow(Menu.BILLING, "閲覧可"),
                        MenuDecision.allow(Menu.PAYMENT_METHOD, "変更可"),
                        MenuDecision.allow(Menu.OPTIONS, "申込・停止可"),
                        MenuDecision.allow(Menu.CANCELLATION, "申請可")));
        t.put(
                ContractStatus.CANCELLING,
                row(
                        MenuDecision.allow(Menu.CONTRACT, "閲覧可"),
                        MenuDecision.allow(Menu.BILLING, "閲覧可"),
                        MenuDecision.allow(Menu.PAYMENT_METHOD, "変更制限あり"),
                        MenuDecision.allow(Menu.OPTIONS, "新規申込不可"),
                        MenuDecision.allow(Menu.CANCELLATION, "進捗確認可")));
        t.put(
                ContractStatus.CANCELLED,
                row(
                        MenuDecision.allow(Menu.CONTRACT, "期間限定で閲覧可"),
                        MenuDecision.allow(Menu.BILLING, "期間限定で閲覧可"),
                        MenuDecision.deny(Menu.PAYMENT_METHOD, "解約後のため操作不可"),
                        MenuDecision.deny(Menu.OPTIONS, "解約後のため操作不可"),
                        MenuDecision.allow(Menu.CANCELLATION, "手続き完了のみ")));
        t.put(
                ContractStatus.UNREGISTERED,
                row(
                        MenuDecision.allow(Menu.CONTRACT, "表示制限あり"),
                        MenuDecision.deny(Menu.BILLING, "お客さま番号が未登録のため表示不可"),
                        MenuDecision.deny(Menu.PAYMENT_METHOD, "お客さま番号が未登録のため操作不可"),
                        MenuDecision.deny(Menu.OPTIONS, "お客さま番号が未登録のため操作不可"),
                        MenuDecision.deny(Menu.CANCELLATION, "お客さま番号が未登録のため申請不可")));
        return t;
    }

    private static Map<Menu, MenuDecision> row(MenuDecision... cells) {
        Map<Menu, MenuDecision> row = new EnumMap<>(Menu.class);
        for (MenuDecision d : cells) {
            row.put(d.menu(), d);
        }
        return row;
    }
}
