package io.github.ateraintercom.sandbox.control;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.http.JsonResponses;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;

/** Turns control actions into route handlers: JSON bodies, and refusals as the simulated API's error list. */
@Singleton
public class ControlReplies {

    private final JsonResponses responses;

    public ControlReplies(JsonResponses responses) {
        this.responses = responses;
    }

    /** A handler that answers with {@code reply}'s result. */
    Handler<RoutingContext> json(int status, Reply reply) {
        return routing -> {
            try {
                responses.send(routing, status, reply.to(routing));
            } catch (ApiException refusal) {
                responses.refuse(routing, refusal);
            } catch (Exception e) {
                routing.fail(e);
            }
        };
    }

    /** A handler that runs {@code action} and answers 204. */
    Handler<RoutingContext> noContent(Action action) {
        return routing -> {
            try {
                action.run(routing);
                routing.response().setStatusCode(204).end();
            } catch (ApiException refusal) {
                responses.refuse(routing, refusal);
            }
        };
    }

    /** Produces the body of a control answer. */
    @FunctionalInterface
    interface Reply {
        Object to(RoutingContext routing) throws Exception;
    }

    /** Does what a control call asks, answering nothing. */
    @FunctionalInterface
    interface Action {
        void run(RoutingContext routing);
    }
}
