package io.github.ateraintercom.orchestrator.run;

/** A retry of failed records for a run that is not loading nor completed. */
public class RunNotRetryable extends RuntimeException {

    public RunNotRetryable(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a loading or completed run's failed records can be retried");
    }
}
