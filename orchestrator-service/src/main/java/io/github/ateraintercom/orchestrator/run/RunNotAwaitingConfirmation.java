package io.github.ateraintercom.orchestrator.run;

/** A mapping confirmation for a run that is not waiting for one. */
public class RunNotAwaitingConfirmation extends RuntimeException {

    public RunNotAwaitingConfirmation(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a run AWAITING_CONFIRMATION takes a confirmation");
    }
}
