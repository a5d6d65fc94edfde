package io.github.ateraintercom.orchestrator.verification;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.orchestrator.api.Problem;
import io.github.ateraintercom.orchestrator.run.InvalidRunRequest;
import io.github.ateraintercom.orchestrator.run.RunView;
import io.github.ateraintercom.orchestrator.run.RunViews;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.List;

/** The operator's verification order. */
@Path("/api/runs/{id}/verify")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

    private final VerificationOrders orders;
    private final RunViews views;

    VerificationResource(VerificationOrders orders, RunViews views) {
        this.orders = orders;
        this.views = views;
    }

    /**
     * 200 with the run, now VERIFYING: the loaders read every record it wrote back from Intercom (with
     * {@code {"sample": n}}, n records spread evenly over them); its progress and outcome show in the
     * run and in its {@code verification} report. 400 for another field or a sample that is not a
     * positive whole number; 409 unless the run completed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RunView verify(@PathParam("id") String id, JsonNode body) {
        orders.order(id, sample(body));
        return views.current(id).orElseThrow();
    }

    private static Long sample(JsonNode body) {
        if (body == null || body.isNull() || body.isEmpty() && body.isObject()) {
            return null;
        }
        if (!body.isObject()) {
            throw new InvalidRunRequest("the body must be an object, e.g. {\"sample\": 500}, or nothing to verify every record");
        }
        List<String> others = new ArrayList<>();
        body.fieldNames().forEachRemaining(field -> {
            if (!field.equals("sample")) {
                others.add(field);
            }
        });
        if (!others.isEmpty()) {
            throw new InvalidRunRequest("a verification order takes only \"sample\", not " + others);
        }
        JsonNode sample = body.get("sample");
        if (sample.isNull()) {
            return null;
        }
        if (!sample.canConvertToExactIntegral() || !sample.canConvertToLong() || sample.asLong() < 1) {
            throw new InvalidRunRequest("sample must be a whole number of records of at least 1, not " + sample);
        }
        return sample.asLong();
    }

    @ServerExceptionMapper
    public Response notVerifiable(RunNotVerifiable e) {
        return Problem.of("run-not-verifiable", "The run cannot be verified now", Response.Status.CONFLICT, e.getMessage()).response();
    }
}
