package io.github.ateraintercom.orchestrator.teammates;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A run's teammate queue: the technicians no Intercom teammate matched by email, each with how the
 * operator resolved it. {@code complete} once every technician of the run has been matched or
 * queued (the list is final); {@code unresolved} counts those the conversations phase waits for.
 */
public record TeammateQueueView(String runId, String fallbackTeammate, boolean complete, long unresolved, List<Entry> technicians) {

    /** One technician: its id and row, who it is, why it is unmatched, and its resolution (null until resolved). */
    public record Entry(String technicianId, String file, long line, String email, String name, Boolean active, String reason,
                        Resolution resolution) {

        static Entry of(UnmatchedTechnician technician) {
            return new Entry(technician.technicianId, technician.sourceFile, technician.sourceLine, technician.email, technician.name,
                    technician.active, technician.reason, technician.resolvedAt == null ? null
                    : new Resolution(technician.adminId, technician.toFallback, technician.resolvedAt));
        }
    }

    /** The teammate {@code adminId} takes the technician's tickets, or, with {@code fallback}, the run's fallback teammate. */
    public record Resolution(String adminId, boolean fallback, OffsetDateTime resolvedAt) {
    }
}
