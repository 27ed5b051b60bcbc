package jp.ocn.mypage.password.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.ocn.mypage.customer.JsonResponses;
import jp.ocn.mypage.customer.OperatorAuth;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.services.resources.admin.fgap.AdminPermissionEvaluator;
import org.keycloak.util.JsonSerialization;

/**
 * Operator API of the legacy hashes, under {@code /realms/{realm}/mypage-legacy-hashes}, with a bearer token checked
 * as for the directory API. {@code GET counts} (view-users): how many accounts still hold each legacy algorithm.
 * {@code POST check} (manage-users): the users of an import batch (Keycloak's user representation), each password
 * credential read as the sign-in would read it; the import command posts every batch here first.
 */
@Produces(MediaType.APPLICATION_JSON)
public final class LegacyHashResource {

    static final int MAX_BATCH = 5000;

    private final KeycloakSession session;
    private final RealmModel realm;

    LegacyHashResource(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Path("counts")
    public Response counts() {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.users().canView()) {
            return JsonResponses.error(
                    Response.Status.FORBIDDEN, "forbidden", "Viewing users of this realm is not allowed");
        }
        Map<String, Long> counts = LegacyHashCounts.byAlgorithm(session, realm);
        return JsonResponses.ok(Map.of("realm", realm.getName(), "algorithms", counts));
    }

    @POST
    @Path("check")
    public Response check(String body) {
        AdminPermissionEvaluator operator = OperatorAuth.require(session, realm);
        if (!operator.users().canManage()) {
            return JsonResponses.error(
                    Response.Status.FORBIDDEN, "forbidden", "Managing users of this realm is not allowed");
        }
        JsonNode users;
        try {
            JsonNode json = body == null || body.isBlank() ? null : JsonSerialization.mapper.readTree(body);
            users = json == null ? null : json.get("users");
        } catch (IOException e) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST, "invalid_json", "The request body is not valid JSON");
        }
        if (users == null || !users.isArray() || users.size() > MAX_BATCH) {
            return JsonResponses.error(
                    Response.Status.BAD_REQUEST,
                    "invalid_request",
                    "The body must be an object with a users list of at most " + MAX_BATCH);
        }
        LegacyHashCheck check = new LegacyHashCheck(session);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            JsonNode user = users.get(i);
            String username = user.path("username").asText("");
            if (username.isBlank()) {
                errors.add(error(i, username, "invalid", "username is missing"));
                continue;
            }
            for (JsonNode credential : user.path("credentials")) {
                if (!"password".equals(credential.path("type").asText())) {
                    continue;
                }
                Optional<LegacyHashException> problem =
                        check.problem(text(credential.get("credentialData")), text(credential.get("secretData")));
                if (problem.isPresent()) {
                    errors.add(error(
                            i,
                            username,
                            problem.get().kind().code(),
                            problem.get().getMessage()));
                }
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("checked", users.size());
        answer.put("errors", errors);
        return JsonResponses.ok(answer);
    }

    /** credentialData and secretData are JSON inside a string in Keycloak's representation; an object is taken too. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static Map<String, Object> error(int index, String username, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("index", index);
        error.put("username", username);
        error.put("error", code);
        error.put("message", message);
        return error;
    }
}
