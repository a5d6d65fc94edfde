package io.github.ateraintercom.orchestrator.run;

/** An order for a run that has already ended. */
public class RunAlreadyEnded extends RuntimeException {

    public RunAlreadyEnded(String runId, RunState state) {
        super("run " + runId + " has already ended: " + state);
    }
}
