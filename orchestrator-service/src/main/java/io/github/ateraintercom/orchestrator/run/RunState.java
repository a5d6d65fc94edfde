package io.github.ateraintercom.orchestrator.run;

/** Where a run stands. COMPLETED, FAILED and CANCELLED are final. */
public enum RunState {
    CREATED, EXTRACTING, LOADING, COMPLETED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
