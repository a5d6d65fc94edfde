package io.github.ateraintercom.sandbox.traffic;

import io.github.ateraintercom.sandbox.http.ApiPaths;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Counts each request to the simulated API once it is over, whether it was answered, refused before
 * reaching an endpoint, or left without an answer. Hooked into Vert.x rather than the REST layer so
 * that unknown paths and dropped connections are seen as well.
 */
@Singleton
public class CountingFilter {

    // Ahead of every other filter, so that whatever they answer is counted.
    private static final int PRIORITY = 10_000;

    private final RequestCounters counters;

    public CountingFilter(RequestCounters counters) {
        this.counters = counters;
    }

    void register(@Observes Filters filters) {
        filters.register(this::count, PRIORITY);
    }

    private void count(RoutingContext routing) {
        String path = routing.request().path();
        if (ApiPaths.isApi(path)) {
            String method = routing.request().method().name();
            routing.addEndHandler(ended -> counters.record(method,
                    routing.<String>get(PathTemplateFilter.TEMPLATE, path),
                    ended.succeeded() && routing.get(RequestCounters.UNANSWERED) == null ? routing.response().getStatusCode() : null));
        }
        routing.next();
    }
}
