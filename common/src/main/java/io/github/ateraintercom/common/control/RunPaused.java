package io.github.ateraintercom.common.control;

/**
 * An operator paused ({@code paused} true) or resumed a run: while paused, loaders write nothing more
 * of it (a record already being written is finished); extraction and transformation go on, and
 * Kafka holds what waits.
 */
public record RunPaused(String runId, boolean paused) implements ControlMessage {

    /** Pause and resume share one key, so compaction keeps the latest. */
    @Override
    public String key() {
        return runId + "/pause";
    }
}
