package io.github.ateraintercom.orchestrator.run;

/** Where a run stands. COMPLETED and FAILED are final. */
public enum RunState {
    CREATED, EXTRACTING, LOADING, COMPLETED, FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED;
    }
}
