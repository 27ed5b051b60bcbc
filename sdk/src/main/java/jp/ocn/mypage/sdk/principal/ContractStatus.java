package jp.ocn.mypage.sdk.principal;

import java.util.Locale;

/**
 * A contract's status ({@code contracts[].status}) or the account's ({@code account_status}), with the words seed 000
 * uses. {@link #UNKNOWN} stands for a value this SDK does not know or a missing claim: it opens nothing.
 */
public enum ContractStatus {
    APPLIED("applied", "申込直後"),
    ACTIVE("active", "開通後"),
    CANCELLING("cancelling", "解約手続き中"),
    CANCELLED("cancelled", "解約後"),
    WITHDRAWN("withdrawn", "退会"),
    UNREGISTERED("unregistered", "未登録"),
    UNKNOWN("", "不明");

    private final String claimValue;
    private final String label;

    ContractStatus(String claimValue, String label) {
        this.claimValue = claimValue;
        this.label = label;
    }

    /** The value in tokens, e.g. {@code active}. */
    public String claimValue() {
        return claimValue;
    }

    /** The Japanese word on screens, e.g. 開通後. */
    public String label() {
        return label;
    }

    public static ContractStatus fromClaim(String value) {
        if (value == null || value.isEmpty()) {
            return UNKNOWN;
        }
        String v = value.toLowerCase(Locale.ROOT);
        for (ContractStatus s : values()) {
            if (s != UNKNOWN && s.claimValue.equals(v)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
