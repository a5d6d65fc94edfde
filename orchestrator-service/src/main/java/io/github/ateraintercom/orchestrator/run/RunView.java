package io.github.ateraintercom.orchestrator.run;

import java.time.OffsetDateTime;
import java.util.Map;

/** A run as the API shows it: its settings (never a token or key), its state and, per object, where every row stands. */
public record RunView(String id, RunState state, String sourceKind, String sourceDirectory, String ateraBaseUrl,
                      String ateraKeySecret, String modifiedSince, String targetBaseUrl, String tokenSecret,
                      String accountTimeZone, String fallbackTeammate, boolean paused, String failure, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                      Map<String, ObjectProgress> objects, Map<String, Long> excludedRows, Map<String, OffsetDateTime> phasesOpened,
                      boolean balanced) {

    /**
     * One object's figures: {@code sourceRows} read from the export; each row ends loaded, rejected,
     * failed or held, and {@code inFlight} is what has not ended yet.
     */
    public record ObjectProgress(long sourceRows, long extracted, long transformed, long loaded, long rejected,
                                 long failed, long held, long inFlight) {
    }
}
