package io.github.ateraintercom.common.control;

/** An operator cancelled a run: nothing more of it is written to Intercom. */
public record RunCancelled(String runId) implements ControlMessage {

    /** Kept apart from the run's start, which must survive compaction. */
    @Override
    public String key() {
        return runId + "/cancel";
    }
}
