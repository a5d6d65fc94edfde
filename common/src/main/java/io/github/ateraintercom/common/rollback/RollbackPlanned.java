package io.github.ateraintercom.common.rollback;

/**
 * The rollback accounts for {@code entries} ledger entries of the run: every object the run created
 * (to remove or archive) and every one it adopted (to leave alone). The same whenever it is told again.
 */
public record RollbackPlanned(String runId, int order, long entries) implements RollbackMessage {
}
