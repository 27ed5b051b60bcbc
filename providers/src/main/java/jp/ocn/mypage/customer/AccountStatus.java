package jp.ocn.mypage.customer;

import java.util.Locale;

/** The {@code account_status} claim: what a MyPage module may offer this account (seed 000's menu table). */
public enum AccountStatus {
    ACTIVE,
    CANCELLING,
    APPLIED,
    CANCELLED,
    UNREGISTERED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
