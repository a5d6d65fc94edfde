package io.github.ateraintercom.orchestrator.rollback;

import io.github.ateraintercom.orchestrator.run.RunState;

/** A rollback ordered for a run that is still under way, or for a dry run, which wrote nothing. */
public class RunNotRollbackable extends RuntimeException {

    public RunNotRollbackable(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a run that has ended (completed, failed or cancelled) can be rolled back");
    }

    private RunNotRollbackable(String message) {
        super(message);
    }

    public static RunNotRollbackable dryRun(String runId) {
        return new RunNotRollbackable("run " + runId + " is a dry run: it wrote nothing to Intercom, so there is nothing to roll back");
    }
}
