package io.github.ateraintercom.orchestrator.verification;

import io.github.ateraintercom.orchestrator.run.RunState;

/**
 * A verification ordered for a run that has not completed its load, or that failed, was cancelled or
 * rolled back, or for a dry run, which wrote nothing.
 */
public class RunNotVerifiable extends RuntimeException {

    public RunNotVerifiable(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a completed run (or one verified before) can be verified");
    }

    private RunNotVerifiable(String message) {
        super(message);
    }

    public static RunNotVerifiable dryRun(String runId) {
        return new RunNotVerifiable("run " + runId + " is a dry run: it wrote nothing to Intercom, so there is nothing to read back");
    }
}
