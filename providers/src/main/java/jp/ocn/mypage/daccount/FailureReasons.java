package jp.ocn.mypage.daccount;

import jakarta.ws.rs.core.Response;
import jp.ocn.mypage.events.MyPageDetails;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.provider.UserAuthenticationIdentityProvider;
import org.keycloak.broker.provider.UserAuthenticationIdentityProvider.AuthenticationCallback;
import org.keycloak.events.Details;
import org.keycloak.events.Errors;
import org.keycloak.events.EventBuilder;
import org.keycloak.events.EventType;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Why a dアカウント sign-in failed, as Keycloak's detail {@code reason} on the broker's own error event
 * ({@code IDENTITY_PROVIDER_LOGIN_ERROR}). Keycloak emits that event with one generic error for every fault of the
 * code exchange and the ID token, so the step under way names itself in the broker's event beforehand and a later
 * step replaces it; the answers Keycloak sends without any event (consent denied, an error response, a state that
 * fits no sign-in) get one here. Values: {@link MyPageDetails}'s {@code DACCOUNT_…}.
 */
final class FailureReasons {

    private final EventBuilder event;
    private final String alias;

    /** {@code event}: the broker's event of this callback request; null outside a callback (nothing recorded). */
    FailureReasons(EventBuilder event, String alias) {
        this.event = event;
        this.alias = alias;
    }

    /** The step now under way fails for this reason unless a later step says otherwise. */
    void expect(String reason) {
        if (event != null) {
            event.detail(Details.REASON, reason);
        }
    }

    /** The steps so far succeeded: the success events carry no reason. */
    void clear() {
        if (event != null) {
            event.removeDetail(Details.REASON);
        }
    }

    /** An event of our own for a failure Keycloak answers without one. */
    void failed(String reason) {
        if (event != null) {
            event.clone()
                    .event(EventType.IDENTITY_PROVIDER_LOGIN)
                    .detail(Details.IDENTITY_PROVIDER, alias)
                    .detail(Details.REASON, reason)
                    .error(Errors.IDENTITY_PROVIDER_LOGIN_FAILURE);
        }
    }

    /** Keycloak's callback with an event for the answers it would send without one. */
    AuthenticationCallback watching(AuthenticationCallback callback) {
        return new AuthenticationCallback() {
            @Override
            public AuthenticationSessionModel getAndVerifyAuthenticationSession(String state) {
                try {
                    return callback.getAndVerifyAuthenticationSession(state);
                } catch (RuntimeException e) {
                    failed(MyPageDetails.DACCOUNT_BAD_STATE);
                    throw e;
                }
            }

            @Override
            public Response authenticated(BrokeredIdentityContext context) {
                return callback.authenticated(context);
            }

            @Override
            public Response cancelled(IdentityProviderModel idpConfig) {
                failed(MyPageDetails.DACCOUNT_CONSENT_DENIED);
                return callback.cancelled(idpConfig);
            }

            @Override
            public Response retryLogin(
                    UserAuthenticationIdentityProvider<?> identityProvider, AuthenticationSessionModel authSession) {
                return callback.retryLogin(identityProvider, authSession);
            }

            @Override
            public Response error(IdentityProviderModel idpConfig, String message) {
                failed(MyPageDetails.DACCOUNT_ERROR_RESPONSE);
                return callback.error(idpConfig, message);
            }
        };
    }
}
