package io.github.ateraintercom.common.control;

/** Read a run's export directory and report what it holds, publishing no record. */
public record DiscoveryRequested(String runId, String sourceDirectory, String accountTimeZone) implements ControlMessage {

    /** Kept apart from the run's start, which must survive compaction. */
    @Override
    public String key() {
        return runId + "/discovery";
    }
}
