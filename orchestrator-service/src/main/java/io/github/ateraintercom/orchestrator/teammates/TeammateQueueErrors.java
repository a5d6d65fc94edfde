package io.github.ateraintercom.orchestrator.teammates;

import io.github.ateraintercom.orchestrator.api.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refusals about a teammate queue as problem details. */
public class TeammateQueueErrors {

    @ServerExceptionMapper
    public Response refused(TeammateQueueRefusal e) {
        return Problem.of(e.type(), e.title(), e.status(), e.getMessage()).response();
    }
}
