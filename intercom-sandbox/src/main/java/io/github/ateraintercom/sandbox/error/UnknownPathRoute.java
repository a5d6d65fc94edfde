package io.github.ateraintercom.sandbox.error;

import io.github.ateraintercom.sandbox.http.ApiPaths;
import io.github.ateraintercom.sandbox.http.JsonResponses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Answers requests no endpoint took with Intercom's 404 error list instead of the framework's HTML
 * page. Paths of Quarkus' {@code /q} endpoints and of the control API keep the framework's answer.
 */
@Singleton
public class UnknownPathRoute {

    // After every other route, whatever order they were given.
    private static final int LAST = Integer.MAX_VALUE;

    private final JsonResponses responses;

    public UnknownPathRoute(JsonResponses responses) {
        this.responses = responses;
    }

    void register(@Observes Router router) {
        router.route().order(LAST).handler(this::answer);
    }

    private void answer(RoutingContext routing) {
        if (ApiPaths.isApi(routing.request().path())) {
            responses.refuse(routing, ApiException.notFound("not_found", "Resource Not Found"));
        } else {
            routing.next();
        }
    }
}
