package io.github.ateraintercom.sandbox.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.fault.FaultRule;
import io.github.ateraintercom.sandbox.fault.FaultRules;
import io.github.ateraintercom.sandbox.fault.HeldRequests;
import io.github.ateraintercom.sandbox.http.ApiPaths;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;

/** Fault rules at run time: list, add, remove one, clear ({@code /sandbox/faults}). */
@Singleton
public class FaultRoutes {

    private static final String FAULTS = ApiPaths.CONTROL_ROOT + "/faults";

    private final FaultRules rules;
    private final HeldRequests held;
    private final ControlReplies replies;
    // A misspelt field would silently leave a fault out, so unknown fields are refused.
    private final ObjectReader ruleReader;

    public FaultRoutes(FaultRules rules, HeldRequests held, ControlReplies replies, ObjectMapper mapper) {
        this.rules = rules;
        this.held = held;
        this.replies = replies;
        this.ruleReader = mapper.readerFor(FaultRule.class).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    void register(@Observes Router router) {
        router.get(FAULTS).handler(replies.json(200, routing -> new FaultList(rules.list(), held.count())));
        router.post(FAULTS).handler(BodyHandler.create()).handler(replies.json(201, this::add));
        router.delete(FAULTS).handler(replies.noContent(routing -> rules.reset()));
        router.delete(FAULTS + "/:id").handler(replies.noContent(routing -> rules.remove(routing.pathParam("id"))));
    }

    private FaultRule add(RoutingContext routing) {
        String body = routing.body().asString();
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("parameter_not_found", "a fault rule is required");
        }
        try {
            return rules.add(ruleReader.readValue(body));
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("parameter_invalid", "not a fault rule: " + e.getOriginalMessage());
        }
    }

    /** Answer of {@code GET /sandbox/faults}: the rules in the order they apply, and the requests held now. */
    record FaultList(List<FaultRule> rules, @JsonProperty("held_requests") int heldRequests) {
    }
}
