package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.orchestrator.api.Problem;
import io.github.ateraintercom.orchestrator.run.RunView;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The operator's rollback order. */
@Path("/api/runs/{id}/rollback")
@Produces(MediaType.APPLICATION_JSON)
public class RollbackResource {

    private final RollbackOrders orders;
    private final RunViews views;

    RollbackResource(RollbackOrders orders, RunViews views) {
        this.orders = orders;
        this.views = views;
    }

    /**
     * 200 with the run, now ROLLING_BACK: the loaders remove what it created; its progress and outcome
     * show in the run and in its {@code rollback} report. 409 while the run is under way.
     */
    @POST
    public RunView rollback(@PathParam("id") String id) {
        orders.order(id);
        return views.current(id).orElseThrow();
    }

    @ServerExceptionMapper
    public Response notRollbackable(RunNotRollbackable e) {
        return Problem.of("run-not-rollbackable", "The run cannot be rolled back now", Response.Status.CONFLICT, e.getMessage())
                .response();
    }
}
