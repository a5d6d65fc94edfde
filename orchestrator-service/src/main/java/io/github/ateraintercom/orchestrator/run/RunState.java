package io.github.ateraintercom.orchestrator.run;

/**
 * Where a run stands. A run that asks for its mapping to be confirmed goes through DISCOVERING and
 * AWAITING_CONFIRMATION before EXTRACTING. COMPLETED, FAILED and CANCELLED are final, until an
 * operator orders a rollback: ROLLING_BACK, then ROLLED_BACK, or ROLLBACK_FAILED when something could
 * not be removed (a new order tries it again). A completed run can be verified: VERIFYING, then
 * VERIFIED when every record read back holds what was written, else COMPLETED_WITH_DIFFERENCES (a new
 * order verifies again).
 */
public enum RunState {
    CREATED, DISCOVERING, AWAITING_CONFIRMATION, EXTRACTING, LOADING, COMPLETED, FAILED, CANCELLED,
    ROLLING_BACK, ROLLED_BACK, ROLLBACK_FAILED, VERIFYING, VERIFIED, COMPLETED_WITH_DIFFERENCES;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED || this == ROLLED_BACK || this == ROLLBACK_FAILED
                || this == VERIFIED || this == COMPLETED_WITH_DIFFERENCES;
    }

    /** Whether an operator may order the run's rollback: once it has ended, and again while it is rolled back or verified. */
    public boolean canRollBack() {
        return isFinal() || this == ROLLING_BACK || this == VERIFYING;
    }

    /** Whether an operator may order the run's verification: once it completed, and again while or after it is verified. */
    public boolean canVerify() {
        return this == COMPLETED || this == VERIFYING || this == VERIFIED || this == COMPLETED_WITH_DIFFERENCES;
    }

    /** Whether the run keeps other runs out of its workspace: until it ends, and while it is rolled back; a verification only reads. */
    public boolean holdsWorkspace() {
        return !isFinal() && this != VERIFYING;
    }
}
