package jp.ocn.mypage.restriction;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import jp.ocn.mypage.customer.CustomerDirectoryProvider;
import jp.ocn.mypage.customer.LineNetwork;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * ログイン制限: a user may restrict sign-in with their OCN ID to the networks of their own OCN line, those of the
 * customers linked to the account (directory field {@code lineNetworks}). The client address is Keycloak's own
 * ({@code X-Forwarded-For} counts only from the trusted proxies of {@code KC_PROXY_TRUSTED_ADDRESSES}); this code
 * never reads a forwarded header itself.
 */
final class LoginRestriction {

    /** User attribute: {@code true} while sign-in is restricted to the line (admins and providers only may edit it). */
    static final String ATTRIBUTE = "mypage.loginRestriction";

    /** What the restriction says about a request. */
    enum Verdict {
        /** The user has not restricted sign-in. */
        OFF,
        /** Restricted, but the account's customers list no network (e.g. the last one was unlinked): nothing to hold to. */
        NO_NETWORKS,
        /** Restricted, and the client address is in one of the line's networks. */
        INSIDE,
        /** Restricted, and the client address is elsewhere (or unreadable): refused. */
        OUTSIDE
    }

    private LoginRestriction() {}

    static boolean isOn(UserModel user) {
        return "true".equals(user.getFirstAttribute(ATTRIBUTE));
    }

    static void turnOn(UserModel user) {
        user.setSingleAttribute(ATTRIBUTE, "true");
    }

    static void turnOff(UserModel user) {
        user.removeAttribute(ATTRIBUTE);
    }

    /** The networks of the customers linked to the user, in directory order; unparseable rows are skipped. */
    static List<LineNetwork> networks(KeycloakSession session, RealmModel realm, UserModel user) {
        return session.getProvider(CustomerDirectoryProvider.class).linkedCustomers(realm, user.getId()).stream()
                .flatMap(c -> c.lineNetworks().stream())
                .distinct()
                .map(LineNetwork::parse)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The verdict for the request this session serves (its client address as Keycloak resolved it). */
    static Verdict verdict(KeycloakSession session, RealmModel realm, UserModel user) {
        if (user == null || !isOn(user)) {
            return Verdict.OFF;
        }
        return verdict(
                networks(session, realm, user),
                session.getContext().getConnection().getRemoteAddr());
    }

    /** Pure: whether a restricted user at {@code clientAddress} is inside one of {@code networks}. */
    static Verdict verdict(List<LineNetwork> networks, String clientAddress) {
        if (networks.isEmpty()) {
            return Verdict.NO_NETWORKS;
        }
        InetAddress client = LineNetwork.address(clientAddress);
        return client != null && networks.stream().anyMatch(n -> n.contains(client)) ? Verdict.INSIDE : Verdict.OUTSIDE;
    }
}
