package io.github.ateraintercom.orchestrator.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The errors no feature of the API names itself, as problem details: an unknown run or path, a
 * request the framework refuses (wrong media type, unreadable JSON), the orchestrator's own trouble.
 */
public class GeneralErrors {

    private static final Logger LOG = Logger.getLogger(GeneralErrors.class);

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Problem.of("not-found", "Not found", Response.Status.NOT_FOUND, e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        Response.Status known = status == null ? Response.Status.BAD_REQUEST : status;
        return Problem.of("request-refused", known.getReasonPhrase(), known, e.getMessage()).response();
    }

    /** A dependency the orchestrator needs (the broker, the database) is not there now: try again later. */
    @ServerExceptionMapper
    public Response unavailable(IllegalStateException e) {
        return Problem.of("unavailable", "The orchestrator cannot do this now", Response.Status.SERVICE_UNAVAILABLE,
                e.getMessage()).response();
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(RuntimeException e) {
        LOG.error("unexpected error answering a request", e);
        return Problem.of("internal-error", "Internal error", Response.Status.INTERNAL_SERVER_ERROR,
                "the orchestrator failed to answer: " + e.getClass().getSimpleName() + "; see its log").response();
    }
}
