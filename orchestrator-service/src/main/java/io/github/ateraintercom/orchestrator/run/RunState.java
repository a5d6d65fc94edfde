package io.github.ateraintercom.orchestrator.run;

/**
 * Where a run stands. A run that asks for its mapping to be confirmed goes through DISCOVERING and
 * AWAITING_CONFIRMATION before EXTRACTING. COMPLETED, FAILED and CANCELLED are final.
 */
public enum RunState {
    CREATED, DISCOVERING, AWAITING_CONFIRMATION, EXTRACTING, LOADING, COMPLETED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
