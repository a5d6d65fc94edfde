package io.github.ateraintercom.orchestrator.contacts;

import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The operator's view of a run's contact resolution queue. */
@Path("/api/runs/{id}/contacts/queue")
@Produces(MediaType.APPLICATION_JSON)
public class ContactQueueResource {

    private final ContactQueue queue;

    ContactQueueResource(ContactQueue queue) {
        this.queue = queue;
    }

    @GET
    @Transactional
    public ContactQueueView queue(@PathParam("id") String id) {
        if (Run.findById(id) == null) {
            throw new NotFoundException("no run " + id);
        }
        return queue.of(id);
    }
}
