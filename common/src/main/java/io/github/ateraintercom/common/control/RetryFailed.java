package io.github.ateraintercom.common.control;

/**
 * An operator asked for the run's failed records to be written again. {@code generation} counts the
 * requests of the run (1, 2, …): a record that fails after a loader has seen request n is left for
 * request n + 1, so a loader re-reading the topic after a restart retries nothing nobody asked for.
 */
public record RetryFailed(String runId, int generation) implements ControlMessage {

    /** Only the latest request must survive compaction: it covers every failure before it. */
    @Override
    public String key() {
        return runId + "/retry-failed";
    }
}
