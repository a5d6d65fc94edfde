package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.orchestrator.run.RunState;

/** A rollback ordered for a run that is still under way. */
public class RunNotRollbackable extends RuntimeException {

    public RunNotRollbackable(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a run that has ended (completed, failed or cancelled) can be rolled back");
    }
}
