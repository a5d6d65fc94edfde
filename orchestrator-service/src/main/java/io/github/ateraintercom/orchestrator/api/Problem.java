package io.github.ateraintercom.orchestrator.api;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error answer as a problem detail (RFC 7807, {@code application/problem+json}): a type, a title,
 * the status and the detail, plus {@code error} with the detail as every error of this API has it,
 * and any members of its own (a file and column, the active run).
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final Response.Status status;
    private final Map<String, Object> members = new LinkedHashMap<>();

    private Problem(String type, String title, Response.Status status, String detail) {
        this.status = status;
        members.put("type", "/problems/" + type);
        members.put("title", title);
        members.put("status", status.getStatusCode());
        members.put("detail", detail);
        members.put("error", detail);
    }

    public static Problem of(String type, String title, Response.Status status, String detail) {
        return new Problem(type, title, status, detail);
    }

    /** Adds a member of this problem's own. */
    public Problem with(String name, Object value) {
        members.put(name, value);
        return this;
    }

    public Response response() {
        return responseBuilder().build();
    }

    public Response.ResponseBuilder responseBuilder() {
        return Response.status(status).type(MEDIA_TYPE).entity(members);
    }
}
