package jp.ocn.mypage.customer;

import io.smallrye.common.net.CidrAddress;
import io.smallrye.common.net.Inet;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * One network of a customer's OCN line (directory field {@code lineNetworks}), IPv4 or IPv6 in CIDR notation. Parsed
 * by smallrye-common-net, the library Keycloak's dist ships and Quarkus decides its trusted proxies with; never by
 * a name lookup.
 */
public final class LineNetwork {

    /** Narrower than these is a line; wider would admit much of the internet and make the restriction pointless. */
    static final int WIDEST_IPV4 = 8;

    static final int WIDEST_IPV6 = 16;

    private final CidrAddress cidr;

    private LineNetwork(CidrAddress cidr) {
        this.cidr = cidr;
    }

    /** Why a text is no line network, in the import's words; empty when it is one. */
    static Optional<String> problem(String text) {
        String rule = "must be a network in CIDR notation such as 203.0.113.0/24 or 2001:db8:1::/48";
        int slash = text.indexOf('/');
        CidrAddress cidr = slash < 0 ? null : Inet.parseCidrAddress(text);
        InetAddress address = slash < 0 ? null : address(text.substring(0, slash));
        if (cidr == null
                || address == null
                || address.getClass() != cidr.getNetworkAddress().getClass()) {
            return Optional.of(rule);
        }
        boolean v4 = address instanceof Inet4Address;
        if (cidr.getNetmaskBits() > (v4 ? 32 : 128)) {
            return Optional.of(rule);
        }
        if (cidr.getNetmaskBits() < (v4 ? WIDEST_IPV4 : WIDEST_IPV6)) {
            return Optional.of("must be at most /" + (v4 ? WIDEST_IPV4 : WIDEST_IPV6) + " wide for one line");
        }
        if (!address.equals(cidr.getNetworkAddress())) {
            return Optional.of("has address bits after the prefix; the network is " + cidr);
        }
        return Optional.empty();
    }

    /** The network of a valid text; empty for anything {@link #problem} refuses. */
    public static Optional<LineNetwork> parse(String text) {
        if (text == null || problem(text).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new LineNetwork(Inet.parseCidrAddress(text)));
    }

    /** The canonical text (lower case, IPv6 compressed), as stored. */
    public String text() {
        return cidr.toString();
    }

    /** Whether the address (IPv4, IPv6, or IPv4 written as IPv4-mapped IPv6) lies in this network. */
    public boolean contains(InetAddress client) {
        return cidr.matches(client);
    }

    /**
     * An address literal as a client address or a network's start: IPv4-mapped IPv6 becomes the IPv4 address it
     * carries, a zone is dropped; null for anything that is no literal (no name is ever looked up).
     */
    public static InetAddress address(String literal) {
        InetAddress parsed = literal == null ? null : Inet.parseInetAddress(literal);
        if (parsed == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(parsed.getAddress());
        } catch (UnknownHostException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
