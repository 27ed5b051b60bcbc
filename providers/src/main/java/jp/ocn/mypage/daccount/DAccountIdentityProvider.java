package jp.ocn.mypage.daccount;

import java.io.IOException;
import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.IdentityBrokerException;
import org.keycloak.events.EventBuilder;
import org.keycloak.http.simple.SimpleHttpRequest;
import org.keycloak.jose.jws.JWSInput;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessTokenResponse;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.services.ErrorResponseException;
import org.keycloak.vault.VaultStringSecret;

/**
 * d ACCOUNT Connect as a Keycloak identity provider: Keycloak's OIDC broker (state, nonce, code exchange, issuer,
 * audience and expiry checks, userinfo, events) with d ACCOUNT's way of signing ID tokens ({@link IdTokenSignature})
 * and no mail address handed on, so nothing downstream can match or create an account by mail: a dアカウント only
 * ever links to an OCN ID its holder proved with the password.
 */
public final class DAccountIdentityProvider extends OIDCIdentityProvider {

    private final DAccountConfig settings;
    /** Why this request's sign-in fails, in the broker's event (a provider instance serves one request). */
    private FailureReasons reasons = new FailureReasons(null, null);

    public DAccountIdentityProvider(KeycloakSession session, DAccountConfig settings) {
        super(session, settings);
        this.settings = settings;
    }

    @Override
    public Object callback(RealmModel realm, AuthenticationCallback callback, EventBuilder event) {
        reasons = new FailureReasons(event, settings.getAlias());
        return super.callback(realm, reasons.watching(callback), event);
    }

    @Override
    public SimpleHttpRequest authenticateTokenRequest(SimpleHttpRequest tokenRequest) {
        reasons.expect(MyPageDetails.DACCOUNT_TOKEN_ENDPOINT);
        return super.authenticateTokenRequest(tokenRequest);
    }

    /** Called with the token endpoint's successful answer: from here on the ID token is what can fail. */
    @Override
    public BrokeredIdentityContext getFederatedIdentity(String response) {
        reasons.expect(MyPageDetails.DACCOUNT_ID_TOKEN_INVALID);
        BrokeredIdentityContext identity = super.getFederatedIdentity(response);
        reasons.clear();
        return identity;
    }

    @Override
    protected boolean verify(JWSInput jws) {
        String realmId = session.getContext().getRealm().getId();
        IdTokenSignature.Result result = IdTokenSignature.check(
                jws,
                settings.algorithms(),
                this::clientSecret,
                reload -> DAccountKeys.of(session, realmId, settings.getAlias(), settings.getJwksUrl(), reload));
        if (result != IdTokenSignature.Result.VALID) {
            reasons.expect(result.reason);
        }
        return result == IdTokenSignature.Result.VALID;
    }

    /** The secret as configured, or from Keycloak's vault for a {@code ${vault.…}} reference. */
    private String clientSecret() {
        String configured = settings.getClientSecret();
        try (VaultStringSecret secret = session.vault().getStringSecret(configured)) {
            return secret.get().orElse(configured);
        }
    }

    /**
     * Keycloak's nonce check answers a wrong nonce with a bare JSON error; as a broker error it gets the error page
     * (in Japanese, with the way back) and an event like every other failed dアカウント sign-in.
     */
    @Override
    public void preprocessFederatedIdentity(
            KeycloakSession session, RealmModel realm, BrokeredIdentityContext context) {
        try {
            super.preprocessFederatedIdentity(session, realm, context);
        } catch (ErrorResponseException e) {
            reasons.expect(MyPageDetails.DACCOUNT_NONCE_MISMATCH);
            throw new IdentityBrokerException("invalid nonce in the ID token", e);
        }
    }

    @Override
    protected BrokeredIdentityContext extractIdentity(
            AccessTokenResponse tokenResponse, String accessToken, JsonWebToken idToken) throws IOException {
        BrokeredIdentityContext identity = super.extractIdentity(tokenResponse, accessToken, idToken);
        identity.setEmail(null);
        identity.setUsername(identity.getId());
        return identity;
    }
}
