package jp.ocn.mypage.maintenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.ocn.mypage.customer.JsonResponses;
import jp.ocn.mypage.customer.OperatorAuth;
import org.keycloak.component.ComponentModel;
import org.keycloak.component.ComponentValidationException;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.util.JsonSerialization;

/**
 * Operator API of maintenance windows, under {@code /realms/{realm}/mypage-maintenance}: {@code POST windows},
 * {@code GET windows}, {@code DELETE windows/{id}}. The token is checked as for the directory API; windows are
 * realm configuration, so reading needs view-realm and writing manage-realm.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class MaintenanceResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    MaintenanceResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("windows")
    public Response list() {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.realm().canViewRealm()) {
            return forbidden();
        }
        List<Object> windows = new ArrayList<>();
        MaintenanceWindows.of(realm).forEach(w -> windows.add(w.toJson()));
        return JsonResponses.ok(Map.of("windows", windows));
    }

    @POST
    @Path("windows")
    public Response create(String body) {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.realm().canManageRealm()) {
            return forbidden();
        }
        MaintenanceWindow window;
        try {
            window = parse(body);
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        // Claim the realm's windows first, then check for overlaps and store: parallel requests take turns.
        Stored stored = WindowWriteLock.whileHeld(session, realm.getId(), own -> store(own, window));
        if (stored == null) {
            return JsonResponses.error(
                    Response.Status.SERVICE_UNAVAILABLE, "busy", "Another window is being saved; try again");
        }
        if (stored.error() != null) {
            return invalid(stored.error());
        }
        return Response.status(Response.Status.CREATED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("id", stored.id()))
                .build();
    }

    /** The stored window's ID, or why it was refused (the transaction then stores nothing). */
    private record Stored(String id, String error) {}

    private Stored store(KeycloakSession own, MaintenanceWindow window) {
        RealmModel ownRealm = own.realms().getRealm(realm.getId());
        own.getContext().setRealm(ownRealm);
        try {
            return new Stored(
                    ownRealm.addComponentModel(window.toComponent(ownRealm.getId()))
                            .getId(),
                    null);
        } catch (ComponentValidationException e) {
            own.getTransactionManager().setRollbackOnly();
            return new Stored(null, e.getMessage());
        }
    }

    @DELETE
    @Path("windows/{id}")
    public Response delete(@PathParam("id") String id) {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.realm().canManageRealm()) {
            return forbidden();
        }
        ComponentModel model = realm.getComponent(id);
        if (model == null || !MaintenanceWindowProvider.class.getName().equals(model.getProviderType())) {
            return JsonResponses.error(Response.Status.NOT_FOUND, "not_found", "No such maintenance window");
        }
        realm.removeComponent(model);
        return Response.noContent().build();
    }

    private static MaintenanceWindow parse(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JsonSerialization.mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The request body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("The body must be an object with start, end and message");
        }
        JsonNode message = json.path("message");
        String ja = message.path("ja").asText("");
        if (ja.isBlank()) {
            throw new IllegalArgumentException("message.ja is required (the text shown on the login page)");
        }
        JsonNode clients = json.path("clients");
        List<String> clientIds = null;
        if (clients.isArray()) {
            clientIds = new ArrayList<>();
            for (JsonNode c : clients) {
                if (!c.isTextual() || c.asText().isBlank()) {
                    throw new IllegalArgumentException("clients must be a list of client IDs, or null for all");
                }
                clientIds.add(c.asText());
            }
        } else if (!clients.isMissingNode() && !clients.isNull()) {
            throw new IllegalArgumentException("clients must be a list of client IDs, or null for all");
        }
        return new MaintenanceWindow(
                null,
                MaintenanceWindow.instant(json.path("start").asText(null), "start"),
                MaintenanceWindow.instant(json.path("end").asText(null), "end"),
                ja,
                message.path("en").asText(""),
                clientIds);
    }

    private static Response invalid(String description) {
        return JsonResponses.error(Response.Status.BAD_REQUEST, "invalid_window", description);
    }

    private static Response forbidden() {
        return JsonResponses.error(
                Response.Status.FORBIDDEN, "forbidden", "Managing the realm's maintenance windows is not allowed");
    }
}
