package io.github.ateraintercom.common.control;

/**
 * An operator resolved a technician of the run's teammate queue (one no Intercom teammate matched by
 * email): their tickets and comments go to the teammate {@code adminId}, or, when it is null, to the
 * run's fallback teammate. Published before the run's conversations phase opens, on the same ordered
 * topic, so a loader that sees the phase open already knows every resolution.
 */
public record TeammateResolved(String runId, String technicianId, String adminId) implements ControlMessage {

    /** One key per technician, so compaction keeps the latest resolution of each. */
    @Override
    public String key() {
        return runId + "/teammate/" + technicianId;
    }

    /** True when the technician's tickets go to the run's fallback teammate. */
    public boolean toFallback() {
        return adminId == null;
    }
}
