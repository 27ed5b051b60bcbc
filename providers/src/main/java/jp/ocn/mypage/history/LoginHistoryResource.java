package jp.ocn.mypage.history;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.customer.JsonResponses;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;

/**
 * {@code GET /realms/{realm}/mypage-account/login-history?first=&max=}: the caller's own sign-ins and failed
 * attempts, newest first, from Keycloak's event store (kept as long as the realm's event expiration says). The user
 * is the subject of the bearer token; no parameter names another user.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class LoginHistoryResource {

    static final int DEFAULT_MAX = 20;
    static final int MAX_MAX = 100;

    private final KeycloakSession session;
    private final RealmModel realm;

    LoginHistoryResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("login-history")
    public Response loginHistory(@QueryParam("first") String first, @QueryParam("max") String max) {
        AuthenticationManager.AuthResult auth = new AppAuthManager.BearerTokenAuthenticator(session).authenticate();
        if (auth == null || auth.getUser() == null) {
            return JsonResponses.error(
                    Response.Status.UNAUTHORIZED,
                    "not_authenticated",
                    "A valid access token of this realm is required");
        }
        Integer from = number(first, 0, 0, Integer.MAX_VALUE);
        Integer size = number(max, DEFAULT_MAX, 1, MAX_MAX);
        if (from == null || size == null) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "first must be a whole number from 0, max from 1 to " + MAX_MAX);
        }
        List<Object> entries = LoginHistory.of(session, realm, auth.getUser(), from, size).stream()
                .map(e -> (Object) e.toJson())
                .toList();
        return JsonResponses.ok(Map.of("entries", entries));
    }

    private static Integer number(String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n < min || n > max ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
