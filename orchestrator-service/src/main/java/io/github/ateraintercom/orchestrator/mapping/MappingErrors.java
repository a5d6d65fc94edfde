package io.github.ateraintercom.orchestrator.mapping;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refused mappings as problem details (RFC 7807): the file, the column and the reason, plus
 * {@code error} with the whole sentence as every other error of the API has it.
 */
public class MappingErrors {

    static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response invalid(InvalidMapping e) {
        Map<String, Object> problem = problem("invalid-mapping", "The mapping is not valid", Response.Status.BAD_REQUEST, e.getMessage());
        problem.put("file", e.file());
        problem.put("column", e.column());
        problem.put("reason", e.reason());
        return Response.status(Response.Status.BAD_REQUEST).type(PROBLEM_JSON).entity(problem).build();
    }

    @ServerExceptionMapper
    public Response conflict(MappingConflict e) {
        return Response.status(Response.Status.CONFLICT).type(PROBLEM_JSON)
                .entity(problem("mapping-conflict", "The mapping is not in the version this needs", Response.Status.CONFLICT,
                        e.getMessage())).build();
    }

    private static Map<String, Object> problem(String type, String title, Response.Status status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type);
        problem.put("title", title);
        problem.put("status", status.getStatusCode());
        problem.put("detail", detail);
        problem.put("error", detail);
        return problem;
    }
}
