package io.github.ateraintercom.common.control;

/** The orchestrator opened one loading phase of a run: loaders may now write its records. */
public record PhaseOpened(String runId, Phase phase) implements ControlMessage {

    /** One key per phase, so compaction keeps every opened phase of the run. */
    @Override
    public String key() {
        return runId + "/phase/" + phase.name().toLowerCase(java.util.Locale.ROOT);
    }
}
