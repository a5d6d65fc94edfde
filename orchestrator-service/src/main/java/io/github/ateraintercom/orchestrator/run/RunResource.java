package io.github.ateraintercom.orchestrator.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.progress.RunProgress;
import io.github.ateraintercom.orchestrator.progress.UnsuccessfulRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Set;

/** The operator API for runs. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    /** Body fields that would carry a secret: refused, so a token can never reach storage or logs. */
    private static final Set<String> SECRET_FIELDS = Set.of("token", "accessToken", "access_token", "intercomToken");

    private final RunService runs;
    private final RunProgress progress;
    private final OutcomeStore outcomes;

    RunResource(RunService runs, RunProgress progress, OutcomeStore outcomes) {
        this.runs = runs;
        this.progress = progress;
        this.outcomes = outcomes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body, @Context UriInfo uri) {
        if (body == null || !body.isObject()) {
            throw new InvalidRunRequest("the request body must be a JSON object");
        }
        SECRET_FIELDS.stream().filter(body::has).findFirst().ifPresent(field -> {
            throw new InvalidRunRequest("'" + field + "' is refused: never send the Intercom token; store it as a secret "
                    + "of the loaders and name that secret in tokenSecret");
        });
        NewRun request = Json.MAPPER.convertValue(body, NewRun.class);
        Run run = runs.start(request);
        RunView view = QuarkusTransaction.requiringNew().call(() -> describe(Run.findById(run.id)));
        return Response.created(uri.getAbsolutePathBuilder().path(run.id).build()).entity(view).build();
    }

    @GET
    @Transactional
    public List<RunView> list() {
        return Run.<Run>listAll().stream().map(this::describe).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public RunView get(@PathParam("id") String id) {
        return describe(find(id));
    }

    @GET
    @Path("/{id}/rejects")
    @Transactional
    public List<UnsuccessfulRecord> rejects(@PathParam("id") String id) {
        find(id);
        return outcomes.unsuccessful(id);
    }

    private Run find(String id) {
        Run run = Run.findById(id);
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        return run;
    }

    private RunView describe(Run run) {
        return new RunView(run.id, run.state, run.sourceDirectory, run.targetBaseUrl, run.tokenSecret, run.accountTimeZone,
                run.failure, run.createdAt, run.updatedAt, progress.objects(run), progress.balanced(run));
    }
}
