package jp.ocn.mypage.gate;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import jp.ocn.mypage.customer.AccountStanding;
import jp.ocn.mypage.customer.SignInStanding;
import jp.ocn.mypage.customer.UserSessionsEnding;
import org.jboss.logging.Logger;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.protocol.oidc.grants.ciba.clientpolicy.context.BackchannelTokenResponseContext;
import org.keycloak.protocol.oidc.grants.device.clientpolicy.context.DeviceTokenResponseContext;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.ImplicitHybridTokenResponse;
import org.keycloak.services.clientpolicy.context.ResourceOwnerPasswordCredentialsResponseContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.context.TokenResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * Client-policy executor {@code mypage-contract-gate}: the contract gate on every route that issues tokens.
 * Code-to-token, refresh, password grant, token exchange, CIBA and device grants ask the directory and the
 * clock each time; an account that may not sign in (withdrawn, cancelled past retention) gets
 * {@code invalid_grant} and loses its sessions, online and offline, so no later refresh works either.
 * Realm-config applies it to every client (policy {@code mypage contract gate}, condition {@code any-client}).
 */
final class TokenContractGate implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    static final String ERROR_DETAIL = "account may not sign in";
    private static final Logger LOG = Logger.getLogger(TokenContractGate.class);

    private final KeycloakSession session;

    TokenContractGate(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return TokenContractGateFactory.PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        Optional<UserSessionModel> userSession =
                switch (context.getEvent()) {
                    case TOKEN_RESPONSE -> clientSession(((TokenResponseContext) context).getClientSession());
                    case TOKEN_REFRESH_RESPONSE ->
                        clientSession(((TokenRefreshResponseContext) context).getClientSession());
                    case RESOURCE_OWNER_PASSWORD_CREDENTIALS_RESPONSE ->
                        of(((ResourceOwnerPasswordCredentialsResponseContext) context).getClientSessionContext());
                    case IMPLICIT_HYBRID_TOKEN_RESPONSE ->
                        of(((ImplicitHybridTokenResponse) context).getClientSessionContext());
                    case BACKCHANNEL_TOKEN_RESPONSE ->
                        of(((BackchannelTokenResponseContext) context).getClientSessionContext());
                    case DEVICE_TOKEN_RESPONSE ->
                        clientSession(((DeviceTokenResponseContext) context).getClientSession());
                    case TOKEN_EXCHANGE_REQUEST -> {
                        checkSubject(((TokenExchangeRequestContext) context)
                                .getTokenExchangeContext()
                                .getParams()
                                .getSubjectToken());
                        yield Optional.empty();
                    }
                    default -> Optional.empty();
                };
        if (userSession.isPresent()) {
            check(userSession.get().getRealm(), userSession.get().getUser());
        }
    }

    private void check(RealmModel realm, UserModel user) throws ClientPolicyException {
        if (user == null || user.getServiceAccountClientLink() != null) {
            return;
        }
        AccountStanding standing = SignInStanding.of(session, realm, user.getId());
        if (standing.allowed()) {
            return;
        }
        int ended = UserSessionsEnding.endAll(session, realm, user);
        LOG.debugf("Token refused for user %s (%s); %d session(s) ended", user.getId(), standing.refusal(), ended);
        throw new ClientPolicyException(OAuthErrorException.INVALID_GRANT, ERROR_DETAIL, Response.Status.BAD_REQUEST);
    }

    /** Token exchange: the subject token names the user; tokens that are not this realm's are left to Keycloak. */
    private void checkSubject(String subjectToken) throws ClientPolicyException {
        if (subjectToken == null) {
            return;
        }
        AccessToken token = session.tokens().decode(subjectToken, AccessToken.class);
        RealmModel realm = session.getContext().getRealm();
        if (token == null || token.getSubject() == null || realm == null) {
            return;
        }
        check(realm, session.users().getUserById(realm, token.getSubject()));
    }

    private static Optional<UserSessionModel> of(ClientSessionContext context) {
        return context == null ? Optional.empty() : clientSession(context.getClientSession());
    }

    private static Optional<UserSessionModel> clientSession(AuthenticatedClientSessionModel clientSession) {
        return Optional.ofNullable(clientSession).map(AuthenticatedClientSessionModel::getUserSession);
    }
}
