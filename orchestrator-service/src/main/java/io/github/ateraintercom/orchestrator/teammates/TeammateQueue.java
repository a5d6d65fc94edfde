package io.github.ateraintercom.orchestrator.teammates;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.Phase;
import io.github.ateraintercom.orchestrator.progress.RunProgress;
import io.github.ateraintercom.orchestrator.run.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** What a run's teammate queue holds, and whether it lets the conversations phase open. */
@ApplicationScoped
public class TeammateQueue {

    private final RunProgress progress;

    TeammateQueue(RunProgress progress) {
        this.progress = progress;
    }

    /** Must run inside a transaction. */
    public TeammateQueueView of(Run run) {
        return new TeammateQueueView(run.id, run.fallbackTeammate, progress.settledObjects(run).contains(ObjectType.TECHNICIAN),
                UnmatchedTechnician.unresolved(run.id), UnmatchedTechnician.ofRun(run.id).stream().map(TeammateQueueView.Entry::of).toList());
    }

    /**
     * Conversations are assigned to teammates, so their phase waits until every technician of the
     * queue is resolved; no other phase waits for it, and a dry run, which assigns nothing, does not
     * either (its queue still lists who would wait). The run stays locked until the caller's
     * transaction ends, so no resolution changes while the phase opens.
     */
    public boolean readyFor(Run run, Phase phase) {
        if (phase != Phase.CONVERSATIONS || run.dryRun) {
            return true;
        }
        Run.getEntityManager().lock(run, LockModeType.PESSIMISTIC_WRITE);
        return UnmatchedTechnician.unresolved(run.id) == 0;
    }
}
