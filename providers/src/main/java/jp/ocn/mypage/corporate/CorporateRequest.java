package jp.ocn.mypage.corporate;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.ocn.mypage.customer.JsonResponses;
import org.keycloak.common.util.Time;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserSessionModel;
import org.keycloak.services.managers.AppAuthManager;
import org.keycloak.services.managers.AuthenticationManager;
import org.keycloak.services.resources.admin.AdminAuth;
import org.keycloak.util.JsonSerialization;

/** One call of the corporate API: the authenticated caller (a user of this realm), its request ID, the audit log. */
final class CorporateRequest {

    /** RFC 9470: what a state-changing call answers when the sign-in is not level 2 within the max age. */
    static final String STEP_UP_CHALLENGE =
            "Bearer error=\"insufficient_user_authentication\", acr_values=\"2\", max_age="
                    + CorporateSettings.STEP_UP_MAX_AGE_SECONDS;

    private static final int STEP_UP_LEVEL = 2;

    private final KeycloakSession session;
    private final RealmModel realm;
    private final AuthenticationManager.AuthResult auth;
    private final String requestId = UUID.randomUUID().toString();
    private final Corporations corporations;
    private final CorporateAudit audit;

    private CorporateRequest(KeycloakSession session, AuthenticationManager.AuthResult auth) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.auth = auth;
        this.corporations = new Corporations(session, realm);
        this.audit = new CorporateAudit(
                session, realm, new AdminAuth(realm, auth.token(), auth.user(), auth.client()), requestId);
    }

    /** The caller of this request, from a bearer token of this realm whose session is still alive; else 401. */
    static CorporateRequest authenticate(KeycloakSession session) {
        AppAuthManager.AuthHeader header = AppAuthManager.extractAuthorizationHeaderTokenOrReturnNull(
                session.getContext().getRequestHeaders());
        String token = header == null || !"bearer".equalsIgnoreCase(header.getScheme()) ? null : header.getToken();
        AuthenticationManager.AuthResult auth = token == null
                ? null
                : new AppAuthManager.BearerTokenAuthenticator(session)
                        .setRealm(session.getContext().getRealm())
                        .setTokenString(token)
                        .authenticate();
        if (auth == null) {
            throw new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of(
                            "error",
                            "invalid_token",
                            "error_description",
                            "A valid bearer token of a member is required"))
                    .build());
        }
        return new CorporateRequest(session, auth);
    }

    KeycloakSession session() {
        return session;
    }

    RealmModel realm() {
        return realm;
    }

    UserModel caller() {
        return auth.user();
    }

    String requestId() {
        return requestId;
    }

    Corporations corporations() {
        return corporations;
    }

    CorporateAudit audit() {
        return audit;
    }

    /**
     * State-changing calls need a sign-in that reached level 2 (a code) within the last 300 s, read from the user
     * session's level-of-authentication map (what Keycloak itself checks a level's max age against), so a token
     * refreshed long after its step-up does not count. Otherwise the RFC 9470 challenge, and a refusal in the log.
     */
    void requireStepUp(String customerNumber, String target, String action) {
        if (steppedUpWithinMaxAge()) {
            return;
        }
        audit.refused(customerNumber, caller().getUsername(), target, action, null, CorporateAudit.STEP_UP_REQUIRED);
        throw new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, STEP_UP_CHALLENGE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of(
                        "error",
                        "insufficient_user_authentication",
                        "error_description",
                        "Sign in with a code (acr_values=2) within the last "
                                + CorporateSettings.STEP_UP_MAX_AGE_SECONDS + " seconds"))
                .build());
    }

    private boolean steppedUpWithinMaxAge() {
        UserSessionModel userSession = auth.session();
        String map = userSession == null ? null : userSession.getNote(Constants.LOA_MAP);
        if (map == null) {
            return false;
        }
        try {
            Map<?, ?> levels = JsonSerialization.readValue(map, Map.class);
            Object when = levels.get(String.valueOf(STEP_UP_LEVEL));
            return when instanceof Number seconds
                    && Time.currentTime() - seconds.longValue() <= CorporateSettings.STEP_UP_MAX_AGE_SECONDS;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The corporation {@code customerNumber} and the caller's place in it. */
    record Membership(Corporation corporation, CorporateMember member) {}

    /**
     * The caller's membership of the corporation; a caller outside it (another corporation, an individual customer,
     * a number nobody holds) gets 404 and learns nothing, with a row in the corporation's log when it exists.
     */
    Membership membership(String customerNumber, String action) {
        Optional<Corporation> corporation =
                customerNumber == null ? Optional.empty() : corporations.find(customerNumber);
        Optional<CorporateMember> member = corporation.flatMap(c -> corporations.memberOf(c, caller().getId()));
        if (member.isEmpty()) {
            throw refuse(
                    corporation.map(Corporation::customerNumber).orElse(null),
                    null,
                    action,
                    null,
                    Response.Status.NOT_FOUND,
                    "not_found",
                    "No such corporation");
        }
        return new Membership(corporation.get(), member.get());
    }

    /** 409 {@code separation_of_duties}: nobody holds apply and approve at once. */
    WebApplicationException separationOfDuties(String customerNumber, String target, String action, String reason) {
        return refuse(
                customerNumber,
                target,
                action,
                reason,
                Response.Status.CONFLICT,
                "separation_of_duties",
                "Nobody may hold apply and approve at once");
    }

    /** Answers a refusal: a row in the corporation's log (if it exists) and the JSON error. */
    WebApplicationException refuse(
            String customerNumber,
            String target,
            String action,
            String reason,
            Response.Status status,
            String error,
            String description) {
        if (customerNumber != null) {
            audit.refused(customerNumber, caller().getUsername(), target, action, reason, error);
        }
        return new WebApplicationException(JsonResponses.error(status, error, description));
    }
}
