package jp.ocn.mypage.sender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhonePolicyTest {

    private final PhonePolicy japan = PhonePolicy.japanOnly();

    @ParameterizedTest
    @ValueSource(strings = {"+819012345678", "090-1234-5678", "０９０１２３４５６７８", "+818012345678", "+817012345678"})
    void japaneseMobilesGetSmsAndCalls(String number) {
        assertThat(japan.channelsFor(number)).containsExactlyInAnyOrder(Channel.SMS, Channel.VOICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+81312345678", "03-1234-5678", "06-1234-5678"})
    void landlinesGetCallsOnly(String number) {
        assertThat(japan.channelsFor(number)).containsExactly(Channel.VOICE);
        assertThat(japan.allows(Channel.SMS, number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"050-1234-5678", "0120-123-456", "020-1234-5678", "090-123-456", "not a number", ""})
    void ipPhonesTollFreePagersAndInvalidNumbersGetNothing(String number) {
        assertThat(japan.channelsFor(number)).isEmpty();
    }

    @Test
    void foreignNumbersGetNothingByDefault() {
        assertThat(japan.channelsFor("+12015550123")).isEmpty();
        assertThat(japan.channelsFor("+447400123456")).isEmpty();
    }

    @Test
    void configuredRegionsLetTheirNumbersThroughByTheirLineType() {
        PhonePolicy policy = PhonePolicy.allowing(Set.of("jp", " US"));

        assertThat(policy.regions()).containsExactlyInAnyOrder("JP", "US");
        // North American numbers do not say whether they are mobile: calls only, as SMS needs a known mobile.
        assertThat(policy.channelsFor("+12015550123")).containsExactly(Channel.VOICE);
        assertThat(policy.channelsFor("+447400123456")).isEmpty();
        assertThat(policy.channelsFor("+819012345678")).contains(Channel.SMS);
    }

    @Test
    void unknownRegionIsAConfigurationError() {
        assertThatThrownBy(() -> PhonePolicy.allowing(Set.of("JP", "XX"))).hasMessageContaining("XX");
        assertThatThrownBy(() -> PhonePolicy.allowing(Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
