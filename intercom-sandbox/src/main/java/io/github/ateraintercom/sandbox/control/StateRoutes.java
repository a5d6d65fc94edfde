package io.github.ateraintercom.sandbox.control;

import io.github.ateraintercom.sandbox.http.ApiPaths;
import io.github.ateraintercom.sandbox.state.SandboxState;
import io.github.ateraintercom.sandbox.state.SnapshotFile;
import io.github.ateraintercom.sandbox.traffic.RequestCount;
import io.github.ateraintercom.sandbox.traffic.RequestCounters;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Inspection and reset: {@code GET /sandbox/state}, {@code POST /sandbox/reset},
 * {@code GET /sandbox/requests} and {@code POST /sandbox/snapshot}. Plain Vert.x routes, so the
 * simulated API's token check, rate limit, faults and counters never apply to them.
 */
@Singleton
public class StateRoutes {

    private final SandboxState state;
    private final SnapshotFile snapshotFile;
    private final RequestCounters counters;
    private final ControlReplies replies;

    public StateRoutes(SandboxState state, SnapshotFile snapshotFile, RequestCounters counters, ControlReplies replies) {
        this.state = state;
        this.snapshotFile = snapshotFile;
        this.counters = counters;
        this.replies = replies;
    }

    void register(@Observes Router router) {
        // Exporting or writing a large workspace takes a while: keep it off the event loop.
        router.get(ApiPaths.CONTROL_ROOT + "/state").blockingHandler(replies.json(200, routing -> state.snapshot()));
        router.post(ApiPaths.CONTROL_ROOT + "/snapshot").blockingHandler(replies.json(200,
                routing -> new SnapshotWritten(snapshotFile.write().toString())));
        router.post(ApiPaths.CONTROL_ROOT + "/reset").handler(replies.noContent(routing -> state.reset()));
        router.get(ApiPaths.CONTROL_ROOT + "/requests").handler(replies.json(200,
                routing -> new RequestCounts(counters.snapshot())));
    }

    /** Answer of {@code POST /sandbox/snapshot}. */
    record SnapshotWritten(String file) {
    }

    /** Answer of {@code GET /sandbox/requests}. */
    record RequestCounts(List<RequestCount> requests) {
    }
}
