package jp.ocn.mypage.corporate;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The corporate roles, by their API names; stored as a sorted comma-separated list of those names. */
public enum CorporateRole {
    VIEW("view", "閲覧"),
    APPLY("apply", "申請"),
    APPROVE("approve", "承認"),
    MANAGE("manage", "管理");

    private final String apiName;
    private final String label;

    CorporateRole(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    /** The Japanese word on screens. */
    public String label() {
        return label;
    }

    public static Optional<CorporateRole> byApiName(String name) {
        return Arrays.stream(values()).filter(r -> r.apiName.equals(name)).findFirst();
    }

    /** Roles that a 管理 member may grant only with a second administrator's approval (four eyes). */
    static boolean needsSecondAdministrator(CorporateRole role) {
        return role == APPROVE || role == MANAGE;
    }

    static String format(Collection<CorporateRole> roles) {
        return roles.stream().sorted().map(CorporateRole::apiName).collect(Collectors.joining(","));
    }

    static Set<CorporateRole> parse(String stored) {
        EnumSet<CorporateRole> roles = EnumSet.noneOf(CorporateRole.class);
        if (stored != null) {
            for (String name : stored.split(",")) {
                byApiName(name.trim()).ifPresent(roles::add);
            }
        }
        return roles;
    }
}
