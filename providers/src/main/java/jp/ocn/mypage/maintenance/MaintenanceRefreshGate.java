package jp.ocn.mypage.maintenance;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import jp.ocn.mypage.events.MyPageErrors;
import org.keycloak.OAuthErrorException;
import org.keycloak.models.AuthenticatedClientSessionModel;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.idm.ClientPolicyExecutorConfigurationRepresentation;
import org.keycloak.services.clientpolicy.ClientPolicyContext;
import org.keycloak.services.clientpolicy.ClientPolicyEvent;
import org.keycloak.services.clientpolicy.ClientPolicyException;
import org.keycloak.services.clientpolicy.context.TokenRefreshResponseContext;
import org.keycloak.services.clientpolicy.executor.ClientPolicyExecutorProvider;

/**
 * Client-policy executor {@code mypage-maintenance-refresh}: during a maintenance window of the client, token
 * refresh is refused when realm attribute {@code mypage.maintenance.refuseRefresh} is {@code true} (by default
 * sessions keep refreshing). Members of realm role {@code mypage-operator} keep refreshing.
 */
final class MaintenanceRefreshGate
        implements ClientPolicyExecutorProvider<ClientPolicyExecutorConfigurationRepresentation> {

    @Override
    public String getProviderId() {
        return MaintenanceRefreshGateFactory.PROVIDER_ID;
    }

    @Override
    public void executeOnEvent(ClientPolicyContext context) throws ClientPolicyException {
        if (context.getEvent() != ClientPolicyEvent.TOKEN_REFRESH_RESPONSE) {
            return;
        }
        AuthenticatedClientSessionModel clientSession = ((TokenRefreshResponseContext) context).getClientSession();
        if (clientSession == null) {
            return;
        }
        RealmModel realm = clientSession.getRealm();
        if (!MaintenanceSettings.of(realm).refuseRefresh()
                || MaintenanceSettings.isOperator(
                        realm, clientSession.getUserSession().getUser())) {
            return;
        }
        if (MaintenanceWindows.refusing(realm, clientSession.getClient().getClientId(), Instant.now())
                .isPresent()) {
            throw new ClientPolicyException(
                    OAuthErrorException.INVALID_GRANT, MyPageErrors.MAINTENANCE, Response.Status.BAD_REQUEST);
        }
    }
}
