package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.orchestrator.control.ControlPublisher;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunService;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

/**
 * Orders a run's rollback: the run is ROLLING_BACK (it holds its workspace again, and can no longer
 * be paused, resumed, cancelled or retried), then the numbered order is published for the loaders.
 * 404 unknown; 409 while the run is under way, or while another run of its workspace is.
 */
@ApplicationScoped
public class RollbackOrders {

    private final ControlPublisher control;

    RollbackOrders(ControlPublisher control) {
        this.control = control;
    }

    public RollbackOrdered order(String id) {
        RollbackOrdered ordered = QuarkusTransaction.requiringNew().call(() -> {
            Run run = Run.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (run == null) {
                throw new NotFoundException("no run " + id);
            }
            if (!run.state.canRollBack()) {
                throw new RunNotRollbackable(id, run.state);
            }
            RunService.refuseIfBusy(run.targetBaseUrl, run.tokenSecret, run.id);
            run.rollbackOrder++;
            run.failure = null;
            run.moveTo(RunState.ROLLING_BACK);
            return new RollbackOrdered(id, run.rollbackOrder);
        });
        // After the commit, as for a retry: an order published under a number never recorded would be
        // heard again under the next. Ordering again mends one whose publishing failed.
        control.publish(ordered);
        return ordered;
    }
}
