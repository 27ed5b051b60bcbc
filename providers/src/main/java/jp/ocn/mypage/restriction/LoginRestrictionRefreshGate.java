package jp.ocn.mypage.restriction;

import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.ocn.mypage.events.MyPageErrors;
import jp.ocn.mypage.support.NoLifecycle;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.ClientSessionContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.ResourceOwnerPasswordCredentialsResponseContext;
import org.keycloak.services.clientpolicy.context.TokenExchangeRequestContext;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProviderFactory;

/**
 * Client-policy executor {@code mypage-login-restriction-refresh}: a restricted user's refresh token (or, in a token
 * exchange, subject token) used from outside the user's line gets {@code invalid_grant}, so a stolen token is no way
 * around the restriction; so does a password grant (which no flow's gate sees). Realm-config applies it to every
 * client.
 */
final class LoginRestrictionRefreshGate
        implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    static final String PROVIDER_ID = "mypage-login-restriction-refresh";

    private final KeycloakSession session;

    LoginRestrictionRefreshGate(KeycloakSession session) {
        this.session = session;
    }

    @Override
    public String getProviderId() {
        return PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        switch (context.getEvent()) {
            case TOKEN_REFRESH_RESPONSE -> {
                AuthenticatedClientSessionModel clientSession =
                        ((TokenRefreshResponseContext) context).getClientSession();
                if (clientSession != null) {
                    check(
                            clientSession.getRealm(),
                            clientSession.getUserSession().getUser());
                }
            }
            case RESOURCE_OWNER_PASSWORD_CREDENTIALS_RESPONSE -> {
                // The password grant signs in without any flow's gate (only where a client has direct grants on).
                ClientSessionContext signIn =
                        ((ResourceOwnerPasswordCredentialsResponseContext) context).getClientSessionContext();
                if (signIn != null) {
                    UserSessionModel userSession = signIn.getClientSession().getUserSession();
                    check(userSession.getRealm(), userSession.getUser());
                }
            }
            case TOKEN_EXCHANGE_REQUEST ->
                subject(((TokenExchangeRequestContext) context)
                        .getTokenExchangeContext()
                        .getParams()
                        .getSubjectToken());
            default -> {
                // Code-to-token comes after the sign-in the gate step already judged, from the client's server.
            }
        }
    }

    private void check(RealmModel realm, UserModel user) throws ClientPolicyException {
        if (LoginRestriction.verdict(session, realm, user) == LoginRestriction.Verdict.OUTSIDE) {
            throw new ClientPolicyException(
                    OAuthErrorException.INVALID_GRANT, MyPageErrors.LOGIN_RESTRICTED, Response.Status.BAD_REQUEST);
        }
    }

    /** Token exchange: the subject token names the user; tokens that are not this realm's are left to Keycloak. */
    private void subject(String subjectToken) throws ClientPolicyException {
        RealmModel realm = session.getContext().getRealm();
        AccessToken token = subjectToken == null ? null : session.tokens().decode(subjectToken, AccessToken.class);
        if (token != null && token.getSubject() != null && realm != null) {
            check(realm, session.users().getUserById(realm, token.getSubject()));
        }
    }

    public static final class Factory
            implements ClientPolicyExecutorProviderFactory, NoLifecycle<ClientPolicyExecutorProvider> {

        @Override
        public ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> create(
                KeycloakSession session) {
            return new LoginRestrictionRefreshGate(session);
        }

        @Override
        public String getId() {
            return PROVIDER_ID;
        }

        @Override
        public String getHelpText() {
            return "Refuses token refresh and token exchange for a user who restricted sign-in to their OCN line, "
                    + "from an address outside it.";
        }

        @Override
        public List<ProviderConfigProperty> getConfigProperties() {
            return List.of();
        }
    }
}
