package io.github.ateraintercom.orchestrator.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Json;
import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import io.github.ateraintercom.orchestrator.progress.OutcomeStore;
import io.github.ateraintercom.orchestrator.progress.UnsuccessfulRecord;
import io.github.ateraintercom.orchestrator.report.ReconciliationReport;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestStreamElementType;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The operator API for runs. */
@Path("/api/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    private static final String NAME_THE_TOKEN = "never send the Intercom token; store it as a secret of the loaders "
            + "and name that secret in tokenSecret";
    private static final String NAME_THE_KEY = "never send the Atera API key; store it as a secret of the extractor "
            + "and name that secret in ateraKeySecret";
    /** Body fields that would carry a secret: refused, so no token or key can ever reach storage or logs. */
    private static final Map<String, String> SECRET_FIELDS = Map.of(
            "token", NAME_THE_TOKEN, "accessToken", NAME_THE_TOKEN, "access_token", NAME_THE_TOKEN, "intercomToken", NAME_THE_TOKEN,
            "ateraKey", NAME_THE_KEY, "ateraApiKey", NAME_THE_KEY, "apiKey", NAME_THE_KEY, "api_key", NAME_THE_KEY);

    private final RunService runs;
    private final RunViews views;
    private final OutcomeStore outcomes;
    private final ReconciliationReport reconciliation;
    private final Duration eventInterval;

    RunResource(RunService runs, RunViews views, OutcomeStore outcomes, ReconciliationReport reconciliation, OrchestratorConfig config) {
        this.runs = runs;
        this.views = views;
        this.outcomes = outcomes;
        this.reconciliation = reconciliation;
        this.eventInterval = config.eventInterval();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonNode body, @Context UriInfo uri) {
        if (body == null || !body.isObject()) {
            throw new InvalidRunRequest("the request body must be a JSON object");
        }
        SECRET_FIELDS.keySet().stream().filter(body::has).sorted().findFirst().ifPresent(field -> {
            throw new InvalidRunRequest("'" + field + "' is refused: " + SECRET_FIELDS.get(field));
        });
        NewRun request = Json.MAPPER.convertValue(body, NewRun.class);
        Run run = runs.start(request);
        RunView view = views.current(run.id).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(run.id).build()).entity(view).build();
    }

    @GET
    @Transactional
    public List<RunView> list() {
        return Run.<Run>listAll().stream().map(views::of).toList();
    }

    @GET
    @Path("/{id}")
    @Transactional
    public RunView get(@PathParam("id") String id) {
        return views.of(find(id));
    }

    /**
     * Live progress as server-sent events: the run as it stands, every {@code orchestrator.event-interval},
     * ending with the event that shows it COMPLETED or FAILED.
     */
    @GET
    @Path("/{id}/events")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<RunView> events(@PathParam("id") String id) {
        views.current(id).orElseThrow(() -> new NotFoundException("no run " + id));
        return Multi.createBy().repeating()
                .uni(() -> Uni.createFrom().item(() -> views.current(id).orElseThrow())
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                .withDelay(eventInterval)
                .whilst(view -> !view.state().isFinal());
    }

    /**
     * 200 with the run, now EXTRACTING with its confirmed mapping; 409 with the reason unless it awaits
     * confirmation and the latest version of its mapping is confirmed.
     */
    @POST
    @Path("/{id}/start")
    public RunView start(@PathParam("id") String id) {
        runs.startConfirmed(id);
        return views.current(id).orElseThrow();
    }

    /**
     * 202 with a new sample of the run: {@code {"size": N}} records of each object (default 25), chosen
     * to cover the cases that break migrations, migrated with the run's latest mapping version. 409
     * unless the run awaits confirmation and nothing but it is unfinished in its workspace; 400 for a
     * size below 1 or a source a sample cannot be chosen from.
     */
    @POST
    @Path("/{id}/sample")
    public Response sample(@PathParam("id") String id, String text, @Context UriInfo uri) {
        JsonNode body = text == null || text.isBlank() ? null : readJson(text);
        if (body != null && !body.isNull() && !body.isObject()) {
            throw new InvalidRunRequest("the request body must be a JSON object, {\"size\": N}, or none");
        }
        JsonNode size = body == null ? null : body.get("size");
        if (size != null && !size.isNull() && !size.canConvertToInt()) {
            throw new InvalidRunRequest("size " + size + " is not a number of records");
        }
        Run sample = runs.sample(id, size == null || size.isNull() ? null : size.asInt());
        return Response.accepted(views.current(sample.id).orElseThrow())
                .location(uri.getBaseUriBuilder().path("api/runs").path(sample.id).build()).build();
    }

    /** 200 with the run, now CANCELLED; 409 when it had already ended. */
    @POST
    @Path("/{id}/cancel")
    public RunView cancel(@PathParam("id") String id) {
        runs.cancel(id);
        return views.current(id).orElseThrow();
    }

    /** 200 with the run, paused: loaders write nothing more of it until it is resumed; 409 when it has ended. */
    @POST
    @Path("/{id}/pause")
    public RunView pause(@PathParam("id") String id) {
        runs.pause(id, true);
        return views.current(id).orElseThrow();
    }

    /** 200 with the run, writing again; 409 when it has ended. */
    @POST
    @Path("/{id}/resume")
    public RunView resume(@PathParam("id") String id) {
        runs.pause(id, false);
        return views.current(id).orElseThrow();
    }

    /**
     * 200 with the retry's number and how many failed rows it put back in flight (0: nothing to retry,
     * nothing ordered); 409 unless the run is loading or completed.
     */
    @POST
    @Path("/{id}/retry-failed")
    public RunService.RetryOrdered retryFailed(@PathParam("id") String id) {
        return runs.retryFailed(id);
    }

    /** The run's reconciliation for people: per object, then every row that did not load, with its reason. */
    @GET
    @Path("/{id}/report")
    @Produces("text/markdown")
    @Transactional
    public String report(@PathParam("id") String id) {
        return reconciliation.markdown(find(id));
    }

    /** Every row that did not load, for tools: file, line, object, source id, outcome, stage, rule, reason. */
    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @Transactional
    public String reportCsv(@PathParam("id") String id) {
        return reconciliation.csv(find(id)).orElseThrow();
    }

    @GET
    @Path("/{id}/rejects")
    @Transactional
    public List<UnsuccessfulRecord> rejects(@PathParam("id") String id) {
        find(id);
        return outcomes.unsuccessful(id);
    }

    private static JsonNode readJson(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidRunRequest("the request body is not JSON: " + e.getOriginalMessage());
        }
    }

    private Run find(String id) {
        Run run = Run.findById(id);
        if (run == null) {
            throw new NotFoundException("no run " + id);
        }
        return run;
    }

}
