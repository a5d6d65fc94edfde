package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.orchestrator.api.Problem;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Refused run orders as problem details. */
public class RunErrors {

    @ServerExceptionMapper
    public Response invalid(InvalidRunRequest e) {
        return Problem.of("invalid-run", "The run request is not valid", Response.Status.BAD_REQUEST, e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response busy(WorkspaceBusy e) {
        return Problem.of("workspace-busy", "The workspace has an unfinished run", Response.Status.CONFLICT, e.getMessage())
                .with("activeRun", e.activeRunId()).response();
    }

    @ServerExceptionMapper
    public Response ended(RunAlreadyEnded e) {
        return Problem.of("run-ended", "The run has ended", Response.Status.CONFLICT, e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response notAwaiting(RunNotAwaitingConfirmation e) {
        return Problem.of("run-not-awaiting-confirmation", "The run does not await its mapping's confirmation",
                Response.Status.CONFLICT, e.getMessage()).response();
    }

    @ServerExceptionMapper
    public Response sampleUnfinished(SampleUnfinished e) {
        return Problem.of("sample-unfinished", "A sample of the run is unfinished", Response.Status.CONFLICT, e.getMessage())
                .with("sample", e.sampleId()).response();
    }

    @ServerExceptionMapper
    public Response notRetryable(RunNotRetryable e) {
        return Problem.of("run-not-retryable", "The run's failed records cannot be retried now", Response.Status.CONFLICT,
                e.getMessage()).response();
    }
}
