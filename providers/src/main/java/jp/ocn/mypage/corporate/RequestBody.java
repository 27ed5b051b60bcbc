package jp.ocn.mypage.corporate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
import jp.ocn.mypage.customer.JsonResponses;
import org.keycloak.util.JsonSerialization;

/** A JSON request body of the corporate API, read field by field; bad input is a 400 naming the field. */
final class RequestBody {

    static final int REASON_MAX = 500;

    private final JsonNode json;

    private RequestBody(JsonNode json) {
        this.json = json;
    }

    static RequestBody parse(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JsonSerialization.mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw bad("invalid_json", "The request body is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw bad("invalid_request", "The body must be a JSON object");
        }
        return new RequestBody(json);
    }

    String text(String field, int max) {
        JsonNode v = json.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw bad("invalid_request", field + " is required");
        }
        if (v.asText().length() > max) {
            throw bad("invalid_request", field + " is longer than " + max + " characters");
        }
        return v.asText().trim();
    }

    /** Every permission change names its reason. */
    String reason() {
        return text("reason", REASON_MAX);
    }

    Set<CorporateRole> roles() {
        JsonNode v = json.get("roles");
        if (v == null || !v.isArray()) {
            throw bad("invalid_request", "roles must be a list of view, apply, approve, manage");
        }
        EnumSet<CorporateRole> roles = EnumSet.noneOf(CorporateRole.class);
        for (JsonNode r : v) {
            roles.add(CorporateRole.byApiName(r.asText())
                    .orElseThrow(() -> bad(
                            "invalid_request",
                            "Unknown role: " + r.asText() + " (known: view, apply, approve, manage)")));
        }
        return roles;
    }

    long number(String field) {
        JsonNode v = json.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad("invalid_request", field + " must be a whole number");
        }
        return v.asLong();
    }

    Instant instant(String field) {
        String text = text(field, 40);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e2) {
                throw bad("invalid_request", field + " must be an ISO-8601 date-time with an offset");
            }
        }
    }

    static WebApplicationException bad(String error, String description) {
        return new WebApplicationException(JsonResponses.error(Response.Status.BAD_REQUEST, error, description));
    }
}
