package io.github.ateraintercom.orchestrator.mapping;

import io.github.ateraintercom.common.control.MappingChoices;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunService;
import io.github.ateraintercom.orchestrator.run.RunView;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The proposed mapping of a run and its confirmation: nothing of a run that confirms its mapping
 * moves before an operator has read the proposal and confirmed it, with their choices.
 */
@Path("/api/runs/{id}/mapping")
@Produces(MediaType.APPLICATION_JSON)
public class MappingResource {

    private final MappingProposals proposals;
    private final RunService runs;
    private final RunViews views;

    MappingResource(MappingProposals proposals, RunService runs, RunViews views) {
        this.proposals = proposals;
        this.runs = runs;
        this.views = views;
    }

    /** 200 with the proposal; 404 before the run's source is discovered. */
    @GET
    @Transactional
    public MappingProposal get(@PathParam("id") String id) {
        Run run = Run.findById(id);
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        return proposals.of(run).orElseThrow(() -> new NotFoundException("the source of run " + id + " is not discovered yet"));
    }

    /**
     * Confirms the proposal, with {@code ticketStates} overriding the proposed state of any ticket
     * status; the run starts extracting. 409 unless it awaits confirmation; 400 for an unknown state.
     */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView confirm(@PathParam("id") String id, MappingChoices choices) {
        runs.confirm(id, choices);
        return views.current(id).orElseThrow();
    }
}
