package jp.ocn.mypage.customer;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.TokenVerifier;
import org.keycloak.common.VerificationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.AccessToken;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.services.resources.admin.fgap.AdminPermissions;

/**
 * Authenticates an operator's bearer token the way the admin API does: a token of this realm or of the
 * master realm, judged by Keycloak's own admin permissions.
 */
public final class OperatorAuth {

    private OperatorAuth() {}

    public static AdminPermissionEvaluator require(KeycloakSession session, RealmModel realm) {
        AppAuthManager.AuthHeader header = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                session.getContext().getRequestHeaders());
        String token = header == null || !"bearer".equalsIgnoreCase(header.getScheme()) ? null : header.getToken();
        if (token == null) {
            throw fail(Response.Status.UNAUTHORIZED, "not_authenticated", "A bearer token is required");
        }
        RealmModel tokenRealm = issuingRealm(session, realm, token);
        // Signature keys are looked up in the context realm, so verify a master token with master as context.
        session.getContext().setRealm(tokenRealm);
        AuthenticationManager.AuthResult auth;
        try {
            auth = new AppAuthManager.BearerTokenAuthenticator(session)
                    .setRealm(tokenRealm)
                    .setTokenString(token)
                    .authenticate();
        } finally {
            session.getContext().setRealm(realm);
        }
        if (auth == null) {
            throw fail(Response.Status.UNAUTHORIZED, "not_authenticated", "The bearer token is not valid");
        }
        AdminAuth adminAuth = new AdminAuth(tokenRealm, auth.getToken(), auth.getUser(), auth.getClient());
        return AdminPermissions.evaluator(session, realm, adminAuth);
    }

    private static RealmModel issuingRealm(KeycloakSession session, RealmModel realm, String token) {
        String issuer;
        try {
            issuer = TokenVerifier.create(token, AccessToken.class).getToken().getIssuer();
        } catch (VerificationException e) {
            throw fail(Response.Status.UNAUTHORIZED, "not_authenticated", "The bearer token is not valid");
        }
        String name = issuer == null ? "" : issuer.substring(issuer.lastIndexOf('/') + 1);
        if (name.equals(realm.getName())) {
            return realm;
        }
        if (name.equals("master")) {
            return session.realms().getRealmByName("master");
        }
        throw fail(Response.Status.UNAUTHORIZED, "not_authenticated", "The bearer token is not valid");
    }

    static WebApplicationException fail(Response.Status status, String code, String description) {
        return new WebApplicationException(JsonResponses.error(status, code, description));
    }
}
