package jp.ocn.mypage.sdk.principal;

import java.util.Optional;

/** Corporate roles as the {@code corp} claim names them ({@code view} 閲覧 ... {@code manage} 管理). */
public enum CorporateRole {
    VIEW("view", "閲覧"),
    APPLY("apply", "申請"),
    APPROVE("approve", "承認"),
    MANAGE("manage", "管理");

    private final String claimValue;
    private final String label;

    CorporateRole(String claimValue, String label) {
        this.claimValue = claimValue;
        this.label = label;
    }

    public String claimValue() {
        return claimValue;
    }

    public String label() {
        return label;
    }

    /** The role of a claim value; empty for a role this SDK does not know (ignored, never widened). */
    public static Optional<CorporateRole> fromClaim(String value) {
        for (CorporateRole r : values()) {
            if (r.claimValue.equals(value)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
