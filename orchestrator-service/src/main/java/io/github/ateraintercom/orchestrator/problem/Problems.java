package io.github.ateraintercom.orchestrator.problem;

import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals as problem details (RFC 7807): {@code type}, {@code title}, {@code status} and
 * {@code detail}, plus {@code error} with the whole sentence as every other error of the API has it.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    /** The problem's fields, to which a refusal may add its own (a file, a column). */
    public static Map<String, Object> problem(String type, String title, Response.Status status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type);
        problem.put("title", title);
        problem.put("status", status.getStatusCode());
        problem.put("detail", detail);
        problem.put("error", detail);
        return problem;
    }

    public static Response response(Response.Status status, Map<String, Object> problem) {
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
