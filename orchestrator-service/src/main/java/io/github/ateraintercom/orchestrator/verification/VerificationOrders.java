package io.github.ateraintercom.orchestrator.verification;

import io.github.ateraintercom.common.control.VerificationOrdered;
import io.github.ateraintercom.orchestrator.control.NumberedOrders;
import io.github.ateraintercom.orchestrator.run.RunState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Orders a run's verification: the run is VERIFYING (it can no longer be paused, resumed, cancelled
 * or retried; its workspace stays free, as a verification only reads), then the numbered order is
 * published for the loaders. 404 unknown; 409 unless the run completed (or was verified before: a new
 * order verifies again, and only its own records count).
 */
@ApplicationScoped
public class VerificationOrders {

    private final NumberedOrders orders;

    VerificationOrders(NumberedOrders orders) {
        this.orders = orders;
    }

    /** {@code sample}: how many records to read back, spread evenly over the run's; null: every one. */
    public VerificationOrdered order(String id, Long sample) {
        return orders.order(id, run -> {
            if (run.dryRun) {
                throw RunNotVerifiable.dryRun(id);
            }
            if (!run.state.canVerify()) {
                throw new RunNotVerifiable(id, run.state);
            }
            run.verificationOrder++;
            run.verificationSample = sample;
            run.verificationPlanned = null;
            run.verificationTotal = null;
            run.failure = null;
            run.moveTo(RunState.VERIFYING);
            return new VerificationOrdered(id, run.verificationOrder, sample);
        });
    }
}
