package jp.ocn.mypage.it.harness;

import java.util.List;
import java.util.Map;

/** Clients a test registers for standard token exchange (Keycloak asks that their own tokens name them as audience). */
public final class ExchangeClients {

    private ExchangeClients() {}

    /** A confidential client whose secret is its ID, with standard token exchange on and a self-audience mapper. */
    public static void register(AdminApi admin, String clientId) {
        admin.createClient(
                clientId,
                clientId,
                Map.of("standard.token.exchange.enabled", "true"),
                List.of(Map.of(
                        "name",
                        "self audience",
                        "protocol",
                        "openid-connect",
                        "protocolMapper",
                        "oidc-audience-mapper",
                        "config",
                        Map.of(
                                "included.client.audience",
                                clientId,
                                "access.token.claim",
                                "true",
                                "id.token.claim",
                                "false"))));
    }
}
