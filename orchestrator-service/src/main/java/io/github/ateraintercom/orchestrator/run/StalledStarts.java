package io.github.ateraintercom.orchestrator.run;

import io.github.ateraintercom.orchestrator.config.OrchestratorConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run is persisted, then begun (its discovery or extraction ordered): an orchestrator stopped in
 * between leaves it CREATED with nothing ordered. Such a run, still CREATED a while after its
 * creation, is begun again; a run begun meanwhile is left as it is.
 */
@ApplicationScoped
public class StalledStarts {

    private static final Logger LOG = Logger.getLogger(StalledStarts.class);

    private final RunService runs;
    private final Duration after;

    StalledStarts(RunService runs, OrchestratorConfig config) {
        this.runs = runs;
        this.after = config.stalledStartAfter();
    }

    @Scheduled(every = "${orchestrator.stalled-start-check-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beginStalledRuns() {
        List<String> stalled = QuarkusTransaction.requiringNew().call(() -> Run.<Run>list("state = ?1 and createdAt < ?2",
                RunState.CREATED, OffsetDateTime.now().minus(after)).stream().map(run -> run.id).toList());
        for (String id : stalled) {
            LOG.warnf("run %s was created but never begun (the orchestrator stopped in between): beginning it now", id);
            try {
                runs.begin(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "run %s: cannot be begun yet; tried again at the next check", id);
            }
        }
    }
}
