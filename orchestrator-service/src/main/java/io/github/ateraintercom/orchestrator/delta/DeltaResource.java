package io.github.ateraintercom.orchestrator.delta;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunView;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The operator API for deltas: a run of what changed since a completed run, or a dry run of it. */
@Path("/api/runs/{id}/delta")
@Produces(MediaType.APPLICATION_JSON)
public class DeltaResource {

    private final DeltaRuns deltas;
    private final RunViews views;

    DeltaResource(DeltaRuns deltas, RunViews views) {
        this.deltas = deltas;
        this.views = views;
    }

    /** 201 with the delta run, EXTRACTING; 400 naming the field that is not right; 404 unknown base; 409 when it cannot be a base. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@PathParam("id") String baseId, JsonNode body, @Context UriInfo uri) {
        Run delta = deltas.start(baseId, body);
        RunView view = views.current(delta.id).orElseThrow();
        return Response.created(uri.getBaseUriBuilder().path("api/runs").path(delta.id).build()).entity(view).build();
    }
}
