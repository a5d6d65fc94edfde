package io.github.ateraintercom.orchestrator.run;

/** A mapping edit, confirmation or start for a run that is not waiting for its mapping's confirmation. */
public class RunNotAwaitingConfirmation extends RuntimeException {

    public RunNotAwaitingConfirmation(String runId, RunState state) {
        super("run " + runId + " is " + state + ": only a run AWAITING_CONFIRMATION has its mapping edited, confirmed or started");
    }
}
