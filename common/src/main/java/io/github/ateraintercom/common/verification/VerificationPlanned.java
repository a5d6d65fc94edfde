package io.github.ateraintercom.common.verification;

/**
 * The verification reads back {@code records} ledger entries of the run (all of them, or the sample
 * the order asked for) out of {@code total}. The same whenever it is told again.
 */
public record VerificationPlanned(String runId, int order, long records, long total) implements VerificationMessage {
}
