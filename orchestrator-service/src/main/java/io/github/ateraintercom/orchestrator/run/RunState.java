package io.github.ateraintercom.orchestrator.run;

/**
 * Where a run stands. A run that asks for its mapping to be confirmed goes through DISCOVERING and
 * AWAITING_CONFIRMATION before EXTRACTING. COMPLETED, FAILED and CANCELLED are final, until an
 * operator orders a rollback: ROLLING_BACK, then ROLLED_BACK, or ROLLBACK_FAILED when something could
 * not be removed (a new order tries it again).
 */
public enum RunState {
    CREATED, DISCOVERING, AWAITING_CONFIRMATION, EXTRACTING, LOADING, COMPLETED, FAILED, CANCELLED,
    ROLLING_BACK, ROLLED_BACK, ROLLBACK_FAILED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED || this == ROLLED_BACK || this == ROLLBACK_FAILED;
    }

    /** Whether an operator may order the run's rollback: once it has ended, and again while or after it is rolled back. */
    public boolean canRollBack() {
        return isFinal() || this == ROLLING_BACK;
    }
}
