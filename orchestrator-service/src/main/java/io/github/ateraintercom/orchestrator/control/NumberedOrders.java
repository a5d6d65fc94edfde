package io.github.ateraintercom.orchestrator.control;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.orchestrator.run.Run;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;

import java.util.function.Function;

/**
 * Orders the loaders carry out on a run under a number (its rollback, its verification): the run,
 * locked, counts the order and takes its new state, then the order is published. 404 unknown run.
 */
@ApplicationScoped
public class NumberedOrders {

    private final ControlPublisher control;

    NumberedOrders(ControlPublisher control) {
        this.control = control;
    }

    /** {@code change} refuses (throws) or records the order on the run and answers it. */
    public <T extends ControlMessage> T order(String id, Function<Run, T> change) {
        T ordered = QuarkusTransaction.requiringNew().call(() -> {
            Run run = Run.findById(id, LockModeType.PESSIMISTIC_WRITE);
            if (run == null) {
                throw new NotFoundException("no run " + id);
            }
            return change.apply(run);
        });
        // After the commit, as for a retry: an order published under a number never recorded would be
        // heard again under the next. Ordering again mends one whose publishing failed.
        control.publish(ordered);
        return ordered;
    }
}
