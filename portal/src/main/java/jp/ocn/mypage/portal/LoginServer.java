package jp.ocn.mypage.portal;

import java.net.URI;
import jp.ocn.mypage.sdk.oidc.OidcException;
import jp.ocn.mypage.sdk.oidc.OidcProvider;
import jp.ocn.mypage.sdk.token.LogoutTokenVerifier;
import jp.ocn.mypage.sdk.token.TokenVerifier;
import jp.ocn.mypage.sdk.token.VerifierSettings;

/**
 * The login server as the portal sees it, through the SDK only: discovery (lazily, so the portal may start before
 * Keycloak is ready), ID-token verifiers for its two clients and the logout-token verifier.
 */
final class LoginServer {

    /** Everything derived from one successful discovery. */
    record Connected(
            OidcProvider provider,
            TokenVerifier portalTokens,
            TokenVerifier callDetailsTokens,
            LogoutTokenVerifier logoutTokens) {}

    private final PortalConfig config;
    private volatile Connected connected;

    LoginServer(PortalConfig config) {
        this.config = config;
    }

    Connected get() throws OidcException {
        Connected c = connected;
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (connected == null) {
                OidcProvider provider = OidcProvider.discover(config.issuer());
                URI jwks = provider.jwksUri();
                connected = new Connected(
                        provider,
                        new TokenVerifier(settings(jwks, config.clientId())),
                        new TokenVerifier(settings(jwks, config.callDetailsClientId())),
                        new LogoutTokenVerifier(settings(jwks, config.clientId())));
            }
            return connected;
        }
    }

    private VerifierSettings settings(URI jwks, String audience) {
        return VerifierSettings.forIssuer(config.issuer())
                .audience(audience)
                .jwksUri(jwks)
                .build();
    }
}
