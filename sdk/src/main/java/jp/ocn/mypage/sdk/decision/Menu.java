package jp.ocn.mypage.sdk.decision;

/** The portal's menus (design.md's demo portal contract; seed 000's columns and the corporate ones). */
public enum Menu {
    CONTRACT("契約情報"),
    BILLING("料金・明細"),
    PAYMENT_METHOD("支払い方法"),
    OPTIONS("オプション"),
    CANCELLATION("解約関連"),
    /** Corporate members only. */
    USER_ADMINISTRATION("ユーザー管理"),
    /** Corporate representative only. */
    INVOICE_ADDRESS("請求書送付先");

    private final String label;

    Menu(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
