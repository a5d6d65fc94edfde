package io.github.ateraintercom.orchestrator.delta;

import io.github.ateraintercom.orchestrator.api.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refused deltas as problem details. */
public class DeltaErrors {

    @ServerExceptionMapper
    public Response notABase(NotADeltaBase e) {
        return Problem.of("not-a-delta-base", "The run cannot be the base of a delta", Response.Status.CONFLICT, e.getMessage())
                .response();
    }
}
