package io.github.ateraintercom.orchestrator.mapping;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

import static io.github.ateraintercom.orchestrator.problem.Problems.problem;
import static io.github.ateraintercom.orchestrator.problem.Problems.response;

/** Refused mappings as problem details (RFC 7807): the file, the column and the reason. */
public class MappingErrors {

    @ServerExceptionMapper
    public Response invalid(InvalidMapping e) {
        Map<String, Object> problem = problem("invalid-mapping", "The mapping is not valid", Response.Status.BAD_REQUEST, e.getMessage());
        problem.put("file", e.file());
        problem.put("column", e.column());
        problem.put("reason", e.reason());
        return response(Response.Status.BAD_REQUEST, problem);
    }

    @ServerExceptionMapper
    public Response conflict(MappingConflict e) {
        return response(Response.Status.CONFLICT, problem("mapping-conflict", "The mapping is not in the version this needs",
                Response.Status.CONFLICT, e.getMessage()));
    }
}
