package io.github.ateraintercom.orchestrator.teammates;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import static io.github.ateraintercom.orchestrator.problem.Problems.problem;
import static io.github.ateraintercom.orchestrator.problem.Problems.response;

/** Refusals about a teammate queue as problem details (RFC 7807). */
public class TeammateQueueErrors {

    @ServerExceptionMapper
    public Response refused(TeammateQueueRefusal e) {
        return response(e.status(), problem(e.type(), e.title(), e.status(), e.getMessage()));
    }
}
