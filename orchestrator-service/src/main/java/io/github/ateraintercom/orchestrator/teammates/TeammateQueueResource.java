package io.github.ateraintercom.orchestrator.teammates;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The operator's view of a run's teammate queue (technicians no Intercom teammate matched by email)
 * and its resolution: each one mapped to a teammate, or sent to the run's fallback teammate. The
 * run's conversations phase opens only once every one is resolved.
 */
@Path("/api/runs/{id}/teammates")
@Produces(MediaType.APPLICATION_JSON)
public class TeammateQueueResource {

    private final TeammateQueue queue;
    private final TeammateResolutions resolutions;

    TeammateQueueResource(TeammateQueue queue, TeammateResolutions resolutions) {
        this.queue = queue;
        this.resolutions = resolutions;
    }

    /** 200 with the queue; 404 for an unknown run. */
    @GET
    @Path("/queue")
    @Transactional
    public TeammateQueueView queue(@PathParam("id") String id) {
        Run run = Run.findById(id);
        if (run == null) {
            throw TeammateQueueRefusal.notFound("no run " + id);
        }
        return queue.of(run);
    }

    /**
     * {@code {"adminId": "…"}} maps the technician to that teammate, {@code {"fallback": true}} sends
     * it to the run's fallback teammate: 200 with the technician as listed; 404 for a run or technician
     * not in the queue; 400 for a resolution that cannot be; 409 once the conversations phase is open
     * or the run has ended.
     */
    @PUT
    @Path("/{technicianId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TeammateQueueView.Entry resolve(@PathParam("id") String id, @PathParam("technicianId") String technicianId, JsonNode body) {
        return resolutions.resolve(id, technicianId, body);
    }
}
