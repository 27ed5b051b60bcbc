package jp.ocn.mypage.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The optional {@code lineNetworks} of a directory record (for the login restriction). */
class CustomerRecordLineNetworksTest extends CustomerRecordCase {

    @Test
    void aRecordWithoutLineNetworksHasNone() {
        assertThat(validate(record()).customer().lineNetworks()).isEmpty();
    }

    @Test
    void lineNetworksAreKeptCanonicalInTheirOrder() {
        ObjectNode node = record();
        node.putArray("lineNetworks").add("203.0.113.0/24").add("2001:DB8:1::/48");
        assertThat(validate(node).customer().lineNetworks()).containsExactly("203.0.113.0/24", "2001:db8:1::/48");
    }

    @Test
    void everyBadNetworkOfARecordIsNamedWithItsPosition() {
        ObjectNode node = record();
        node.putArray("lineNetworks")
                .add("203.0.113.0/24")
                .add("203.0.113.0")
                .add("203.0.113.9/24")
                .add(24)
                .add("0.0.0.0/0");
        assertThat(validate(node)).isNull();
        assertThat(errors)
                .extracting(ImportError::index, ImportError::customerNumber, ImportError::field, ImportError::message)
                .containsExactly(
                        tuple(
                                3,
                                "N123456789",
                                "lineNetworks[1]",
                                "must be a network in CIDR notation such as 203.0.113.0/24 or 2001:db8:1::/48"),
                        tuple(
                                3,
                                "N123456789",
                                "lineNetworks[2]",
                                "has address bits after the prefix; the network is 203.0.113.0/24"),
                        tuple(
                                3,
                                "N123456789",
                                "lineNetworks[3]",
                                "must be a network in CIDR notation such as 203.0.113.0/24 or 2001:db8:1::/48"),
                        tuple(3, "N123456789", "lineNetworks[4]", "must be at most /8 wide for one line"));
    }

    @Test
    void aNetworkListedTwiceInAnotherSpellingIsRefused() {
        ObjectNode node = record();
        node.putArray("lineNetworks").add("2001:db8:1::/48").add("2001:0DB8:0001::/48");
        assertRefusedOn(node, "lineNetworks[1]");
    }

    @Test
    void lineNetworksMustBeAList() {
        ObjectNode node = record();
        node.put("lineNetworks", "203.0.113.0/24");
        assertRefusedOn(node, "lineNetworks");
    }
}
