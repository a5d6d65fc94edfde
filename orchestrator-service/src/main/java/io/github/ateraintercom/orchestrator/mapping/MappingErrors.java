package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.orchestrator.api.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refused mappings as problem details: the file, the column and the reason. */
public class MappingErrors {

    @ServerExceptionMapper
    public Response invalid(InvalidMapping e) {
        return Problem.of("invalid-mapping", "The mapping is not valid", Response.Status.BAD_REQUEST, e.getMessage())
                .with("file", e.file()).with("column", e.column()).with("reason", e.reason()).response();
    }

    @ServerExceptionMapper
    public Response conflict(MappingConflict e) {
        return Problem.of("mapping-conflict", "The mapping is not in the version this needs", Response.Status.CONFLICT,
                e.getMessage()).response();
    }
}
