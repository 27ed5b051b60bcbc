package jp.ocn.mypage.sdk.decision;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.ocn.mypage.sdk.principal.ContractStatus;
import jp.ocn.mypage.sdk.principal.CorporateMembership;
import jp.ocn.mypage.sdk.principal.CorporateRole;
import jp.ocn.mypage.sdk.principal.MyPagePrincipal;

/** Principals like the demo users', built directly for decision tests. */
final class Principals {

    static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");

    private Principals() {}

    static MyPagePrincipal individual(ContractStatus status) {
        return principal(status, Optional.empty(), "1", Optional.of(NOW.minusSeconds(60)));
    }

    static MyPagePrincipal corporate(boolean representative, CorporateRole... roles) {
        return principal(
                ContractStatus.ACTIVE,
                Optional.of(new CorporateMembership(
                        "N678901234", "株式会社サンプル商事", Set.of(roles), representative, Optional.empty())),
                "1",
                Optional.of(NOW.minusSeconds(60)));
    }

    /** A user ID (利用者ID): corporate, no customer number of its own, so {@code account_status} unregistered. */
    static MyPagePrincipal userId(CorporateRole... roles) {
        return principal(
                ContractStatus.UNREGISTERED,
                Optional.of(
                        new CorporateMembership("N678901234", "株式会社サンプル商事", Set.of(roles), false, Optional.empty())),
                "1",
                Optional.of(NOW.minusSeconds(60)));
    }

    static MyPagePrincipal signedIn(String acr, Instant authTime) {
        return principal(ContractStatus.ACTIVE, Optional.empty(), acr, Optional.ofNullable(authTime));
    }

    private static MyPagePrincipal principal(
            ContractStatus status, Optional<CorporateMembership> corp, String acr, Optional<Instant> authTime) {
        return new MyPagePrincipal(
                "sub-1",
                "user@ocn.ne.jp",
                List.of(),
                List.of(),
                status,
                corp,
                acr,
                List.of("pwd"),
                authTime,
                false,
                Optional.of("sid-1"),
                Optional.of("mypage-portal"),
                NOW.minusSeconds(60),
                NOW.plusSeconds(240));
    }
}
