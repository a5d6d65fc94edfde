package io.github.ateraintercom.orchestrator.verification;

import io.github.ateraintercom.orchestrator.run.RunState;

/** A verification ordered for a run that has not completed its load, or that failed, was cancelled or rolled back. */
public class RunNotVerifiable extends RuntimeException {

    public RunNotVerifiable(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a completed run (or one verified before) can be verified");
    }
}
