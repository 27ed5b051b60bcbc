package jp.ocn.mypage.restriction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.ocn.mypage.customer.LineNetwork;
import org.junit.jupiter.api.Test;

/** The verdict on a restricted user's client address. */
class LoginRestrictionTest {

    private static final List<LineNetwork> LINE = List.of(
            LineNetwork.parse("203.0.113.0/24").orElseThrow(),
            LineNetwork.parse("2001:db8:1::/48").orElseThrow());

    @Test
    void anAddressOfTheLineIsInside() {
        assertThat(LoginRestriction.verdict(LINE, "203.0.113.77")).isEqualTo(LoginRestriction.Verdict.INSIDE);
        assertThat(LoginRestriction.verdict(LINE, "2001:db8:1:2::3")).isEqualTo(LoginRestriction.Verdict.INSIDE);
    }

    @Test
    void anyOtherAddressIsOutside() {
        assertThat(LoginRestriction.verdict(LINE, "198.51.100.7")).isEqualTo(LoginRestriction.Verdict.OUTSIDE);
        assertThat(LoginRestriction.verdict(LINE, "127.0.0.1")).isEqualTo(LoginRestriction.Verdict.OUTSIDE);
    }

    @Test
    void anUnreadableAddressIsOutsideNeverInside() {
        assertThat(LoginRestriction.verdict(LINE, null)).isEqualTo(LoginRestriction.Verdict.OUTSIDE);
        assertThat(LoginRestriction.verdict(LINE, "203.0.113.77, 10.0.0.1"))
                .isEqualTo(LoginRestriction.Verdict.OUTSIDE);
    }

    @Test
    void withoutNetworksThereIsNothingToHoldTo() {
        assertThat(LoginRestriction.verdict(List.of(), "203.0.113.77")).isEqualTo(LoginRestriction.Verdict.NO_NETWORKS);
    }
}
