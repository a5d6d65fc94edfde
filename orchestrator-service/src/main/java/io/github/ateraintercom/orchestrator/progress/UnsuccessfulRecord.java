package io.github.ateraintercom.orchestrator.progress;

/** A row that was rejected, failed or held, with where it came from and why. */
public record UnsuccessfulRecord(String file, long line, String objectType, String sourceId, String outcome,
                                 String stage, String rule, String reason) {
}
