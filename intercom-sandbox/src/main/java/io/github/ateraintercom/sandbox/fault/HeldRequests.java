package io.github.ateraintercom.sandbox.fault;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.state.Resettable;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests a {@code hang} fault keeps without answering. Holding is only a pending {@link Uni}, so no
 * thread waits; a held request is let go, its connection closed, when its client gives up, on reset
 * and on shutdown.
 */
@Singleton
public class HeldRequests implements Resettable {

    private final Set<Held> held = ConcurrentHashMap.newKeySet();

    /** Completes only once the request is let go, and then with a failure nobody will see. */
    Uni<Void> hold(RoutingContext routing) {
        return Uni.createFrom().emitter(emitter -> {
            Held request = new Held(routing.request().connection(), emitter);
            held.add(request);
            // Also called when the client closes the connection first.
            routing.addEndHandler(ended -> release(request));
        });
    }

    /** How many requests are held right now. */
    public int count() {
        return held.size();
    }

    @Override
    public void reset() {
        held.forEach(this::release);
    }

    void releaseOnShutdown(@Observes ShutdownEvent shutdown) {
        reset();
    }

    private void release(Held request) {
        if (held.remove(request)) {
            request.connection().close();
            // Lets the framework finish the request; the answer goes to a closed connection.
            request.emitter().fail(new ApiException(503, "service_unavailable", "Service Unavailable"));
        }
    }

    private record Held(HttpConnection connection, UniEmitter<? super Void> emitter) {
    }
}
