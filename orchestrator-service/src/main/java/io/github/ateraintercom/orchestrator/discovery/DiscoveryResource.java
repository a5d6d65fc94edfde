package io.github.ateraintercom.orchestrator.discovery;

import io.github.ateraintercom.orchestrator.run.Run;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The discovery of a run's source: ask for it, then read the report. */
@Path("/api/runs/{id}/discovery")
@Produces(MediaType.APPLICATION_JSON)
public class DiscoveryResource {

    private final Discoveries discoveries;

    DiscoveryResource(Discoveries discoveries) {
        this.discoveries = discoveries;
    }

    @POST
    public Response request(@PathParam("id") String id) {
        Run run = QuarkusTransaction.requiringNew().call(() -> Run.<Run>findById(id));
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        discoveries.request(run);
        DiscoveryView view = QuarkusTransaction.requiringNew().call(() -> discoveries.view(RunDiscovery.findById(id)));
        return Response.accepted(view).build();
    }

    @GET
    @Transactional
    public DiscoveryView get(@PathParam("id") String id) {
        RunDiscovery discovery = RunDiscovery.findById(id);
        if (discovery == null) {
            throw new NotFoundException("no discovery was asked for run " + id);
        }
        return discoveries.view(discovery);
    }
}
