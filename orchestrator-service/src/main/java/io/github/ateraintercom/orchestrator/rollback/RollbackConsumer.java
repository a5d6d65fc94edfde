package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.common.rollback.EntryRolledBack;
import io.github.ateraintercom.common.rollback.EntryRolledBack.Outcome;
import io.github.ateraintercom.common.rollback.RollbackFinished;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.common.rollback.RollbackPlanned;
import io.github.ateraintercom.common.rollback.RollbackSerde;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.progress.RunMessages;
import io.github.ateraintercom.orchestrator.report.RunDirectory;
import io.github.ateraintercom.orchestrator.run.Run;
import io.github.ateraintercom.orchestrator.run.RunState;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Reads what the loaders tell of rollbacks: the entries each accounts for, the outcome of each, and
 * the end of an order, which moves a rolling-back run to ROLLED_BACK, or ROLLBACK_FAILED when any
 * entry could not be removed (or the order could not be carried out at all). Only the end of the
 * run's latest order counts; what an earlier one did is kept all the same. One transaction per batch.
 */
@ApplicationScoped
public class RollbackConsumer {

    private static final Logger LOG = Logger.getLogger(RollbackConsumer.class);

    private final RollbackEntries entries;
    private final RunMessages messages;
    private final RunDirectory directory;

    RollbackConsumer(RollbackEntries entries, RunMessages messages, RunDirectory directory) {
        this.entries = entries;
        this.messages = messages;
        this.directory = directory;
    }

    @Incoming(Topics.ROLLBACK)
    @Blocking
    @Transactional
    public void onRollback(List<byte[]> batch) {
        messages.forEach(Topics.ROLLBACK, batch, RollbackSerde::decode, RollbackMessage::runId, this::accept);
    }

    private void accept(RollbackMessage message) {
        if (message instanceof EntryRolledBack entry) {
            entries.record(entry);
            return;
        }
        Run run = Run.findById(message.runId(), LockModeType.PESSIMISTIC_WRITE);
        if (message instanceof RollbackPlanned planned && planned.order() == run.rollbackOrder) {
            run.rollbackPlanned = planned.entries();
        } else if (message instanceof RollbackFinished finished && finished.order() == run.rollbackOrder
                && run.state == RunState.ROLLING_BACK) {
            end(run, finished.failure());
        }
    }

    private void end(Run run, String failure) {
        long failed = entries.counts(run.id).get(Outcome.FAILED);
        if (failure != null) {
            run.failure = "rollback " + run.rollbackOrder + " could not be carried out: " + failure;
        } else if (failed > 0) {
            run.failure = failed + " objects could not be removed: see the rollback report; a new order tries them again";
        } else {
            run.failure = null;
        }
        run.moveTo(failure == null && failed == 0 ? RunState.ROLLED_BACK : RunState.ROLLBACK_FAILED);
        LOG.infof("run %s: %s", run.id, run.state);
        directory.write(run);
    }
}
