package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.common.control.RollbackOrdered;
import io.github.ateraintercom.orchestrator.control.NumberedOrders;
import io.github.ateraintercom.orchestrator.run.RunService;
import io.github.ateraintercom.orchestrator.run.RunState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Orders a run's rollback: the run is ROLLING_BACK (it holds its workspace again, and can no longer
 * be paused, resumed, cancelled or retried), then the numbered order is published for the loaders.
 * 404 unknown; 409 for a dry run, while the run is under way, or while another run of its workspace is.
 */
@ApplicationScoped
public class RollbackOrders {

    private final NumberedOrders orders;

    RollbackOrders(NumberedOrders orders) {
        this.orders = orders;
    }

    public RollbackOrdered order(String id) {
        return orders.order(id, run -> {
            if (run.dryRun) {
                throw RunNotRollbackable.dryRun(id);
            }
            if (!run.state.canRollBack()) {
                throw new RunNotRollbackable(id, run.state);
            }
            RunService.refuseIfBusy(run);
            run.rollbackOrder++;
            run.failure = null;
            run.moveTo(RunState.ROLLING_BACK);
            return new RollbackOrdered(id, run.rollbackOrder);
        });
    }
}
