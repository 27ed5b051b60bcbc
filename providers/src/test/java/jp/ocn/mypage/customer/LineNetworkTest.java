package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Line networks of the directory: which texts are networks, their canonical form, and what they contain. */
class LineNetworkTest {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.0/24, 203.0.113.0/24",
        "2001:DB8:1::/48, 2001:db8:1::/48",
        "2001:0db8:0001:0000::/64, 2001:db8:1::/64",
        "198.51.100.7/32, 198.51.100.7/32"
    })
    void networksAreKeptInTheirCanonicalSpelling(String text, String canonical) {
        assertThat(LineNetwork.problem(text)).isEmpty();
        assertThat(LineNetwork.parse(text)).get().extracting(LineNetwork::text).isEqualTo(canonical);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "203.0.113.0",
                "203.0.113.0/33",
                "203.0.113/24",
                "203.0.113.0/-1",
                "203.0.113.0/",
                "/24",
                "example.ne.jp/24",
                "localhost/32",
                "2001:db8::/129",
                "2001:db8:::/48",
                "::ffff:203.0.113.0/120",
                "203.0.113.0/24/1",
                ""
            })
    void whatIsNoNetworkInCidrNotationIsRefused(String text) {
        assertThat(LineNetwork.problem(text))
                .contains("must be a network in CIDR notation such as 203.0.113.0/24 or 2001:db8:1::/48");
        assertThat(LineNetwork.parse(text)).isEmpty();
    }

    @Test
    void aNetworkWithAddressBitsAfterThePrefixNamesTheNetworkMeant() {
        assertThat(LineNetwork.problem("203.0.113.5/24"))
                .contains("has address bits after the prefix; the network is 203.0.113.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0/0", "10.0.0.0/7", "::/0", "2000::/15"})
    void networksWideEnoughToAdmitMuchOfTheInternetAreRefused(String text) {
        assertThat(LineNetwork.problem(text)).get().asString().startsWith("must be at most /");
    }

    @Test
    void addressesInsideAndOutsideAreTold() {
        LineNetwork v4 = LineNetwork.parse("203.0.113.0/24").orElseThrow();
        LineNetwork v6 = LineNetwork.parse("2001:db8:1::/48").orElseThrow();
        assertThat(v4.contains(LineNetwork.address("203.0.113.200"))).isTrue();
        assertThat(v4.contains(LineNetwork.address("::ffff:203.0.113.200"))).isTrue();
        assertThat(v4.contains(LineNetwork.address("203.0.114.1"))).isFalse();
        assertThat(v6.contains(LineNetwork.address("2001:db8:1:ffff::9"))).isTrue();
        assertThat(v6.contains(LineNetwork.address("2001:db8:2::9"))).isFalse();
        assertThat(v6.contains(LineNetwork.address("203.0.113.200"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.ne.jp", "203.0.113", "", "unknown"})
    void clientAddressesAreLiteralsOnlyNeverNamesLookedUp(String text) {
        assertThat(LineNetwork.address(text)).isNull();
    }
}
