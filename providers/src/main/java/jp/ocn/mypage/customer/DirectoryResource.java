package jp.ocn.mypage.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.identity.LoginIdNormalizer;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.util.JsonSerialization;

/**
 * Operator API of the customer directory, under {@code /realms/{realm}/mypage-directory}.
 * {@code POST customers} imports a batch; {@code GET customers/{number}} reads one customer back;
 * {@code PATCH customers/{number}} changes one (a merge patch), the incremental way for single changes.
 * Each read and each customer written leaves an admin event ({@link DirectoryAudit}).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class DirectoryResource {

    private final KeycloakSession session;
    private final RealmModel realm;

    DirectoryResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @POST
    @Path("customers")
    public Response importCustomers(String body) {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.users().canManage()) {
            return JsonResponses.error(
                    Response.Status.FORBIDDEN, "forbidden", "Managing users of this realm is not allowed");
        }
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JsonSerialization.mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST, "invalid_json", "The request body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST, "invalid_request", "The body must be an object with a customers list");
        }
        return apply(json, operator, DirectoryAudit.IMPORT);
    }

    /**
     * Changes one customer with a JSON merge patch (RFC 7386) on its record as {@code GET} shows it: fields
     * given replace the stored ones (lists whole), {@code null} removes an optional field. Validated and
     * applied like a one-record import.
     */
    @PATCH
    @Path("customers/{customerNumber}")
    public Response patchCustomer(@PathParam("customerNumber") String customerNumber, String body) {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.users().canManage()) {
            return JsonResponses.error(
                    Response.Status.FORBIDDEN, "forbidden", "Managing users of this realm is not allowed");
        }
        JsonNode patch;
        try {
            patch = body == null || body.isBlank() ? null : JsonSerialization.mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST, "invalid_json", "The request body is not valid JSON");
        }
        if (patch == null || !patch.isObject()) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST, "invalid_request", "The body must be a JSON object (a merge patch)");
        }
        String number = LoginIdNormalizer.customerNumberOrNull(customerNumber);
        Optional<Customer> customer = number == null
                ? Optional.empty()
                : session.getProvider(CustomerDirectoryProvider.class).findByNumber(realm, number);
        if (customer.isEmpty()) {
            return JsonResponses.error(Response.Status.NOT_FOUND, "not_found", "No such customer");
        }
        JsonNode given = patch.get("customerNumber");
        if (given != null && !number.equals(LoginIdNormalizer.customerNumberOrNull(given.asText()))) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST, "invalid_request", "customerNumber cannot be changed");
        }
        ObjectNode record = JsonSerialization.mapper.valueToTree(CustomerView.of(customer.get(), null));
        MergePatch.apply(record, (ObjectNode) patch);
        ObjectNode batch = JsonSerialization.mapper.createObjectNode();
        batch.putArray("customers").add(record);
        return apply(batch, operator, DirectoryAudit.PATCH);
    }

    private Response apply(JsonNode batch, AdminPermissionEvaluator operator, String how) {
        ImportReport report;
        Map<String, Boolean> written = new LinkedHashMap<>();
        try {
            report = new DirectoryImporter(session, realm).run(batch, written::put);
            if (report.applied()) {
                // Flush here so that a database refusal still answers in JSON and leaves nothing half-written.
                session.getProvider(JpaConnectionProvider.class)
                        .getEntityManager()
                        .flush();
                DirectoryAudit audit = new DirectoryAudit(session, realm, operator.adminAuth());
                written.forEach((number, created) -> audit.written(number, created, how));
            }
        } catch (PersistenceException | ModelException e) {
            session.getTransactionManager().setRollbackOnly();
            return JsonResponses.error(
                    Response.Status.CONFLICT,
                    "conflict",
                    "The batch conflicts with a concurrent change; nothing was stored, please retry");
        }
        return Response.status(report.applied() ? Response.Status.OK : Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(report)
                .build();
    }

    @GET
    @Path("customers/{customerNumber}")
    public Response customer(@PathParam("customerNumber") String customerNumber) {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.users().canView()) {
            return JsonResponses.error(
                    Response.Status.FORBIDDEN, "forbidden", "Viewing users of this realm is not allowed");
        }
        String number = LoginIdNormalizer.customerNumberOrNull(customerNumber);
        CustomerDirectoryProvider directory = session.getProvider(CustomerDirectoryProvider.class);
        Optional<Customer> customer = number == null ? Optional.empty() : directory.findByNumber(realm, number);
        if (customer.isEmpty()) {
            return JsonResponses.error(Response.Status.NOT_FOUND, "not_found", "No such customer");
        }
        new DirectoryAudit(session, realm, operator.adminAuth()).read(number);
        String ocnId = directory
                .linkedUserId(realm, number)
                .map(id -> session.users().getUserById(realm, id))
                .map(UserModel::getUsername)
                .orElse(null);
        return JsonResponses.ok(CustomerView.of(customer.get(), ocnId));
    }
}
