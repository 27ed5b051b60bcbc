package jp.ocn.mypage.customer;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Every answer of our APIs is JSON, errors included: {@code {"error": code, "error_description": text}}. */
public final class JsonResponses {

    private JsonResponses() {}

    public static Response error(Response.Status status, String code, String description) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", code, "error_description", description))
                .build();
    }

    public static Response ok(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
