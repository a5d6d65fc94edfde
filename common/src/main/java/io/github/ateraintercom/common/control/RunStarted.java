package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * A run was created. The extractor reads {@code sourceDirectory}, or with {@code sourceKind}
 * atera-api Atera's API at {@code ateraBaseUrl} with the key held by the secret named
 * {@code ateraKeySecret} in its own environment, only records modified since {@code modifiedSince}
 * when given (an ISO date or date-time without offset, in {@code accountTimeZone}). Loaders write
 * to {@code targetBaseUrl} with the token held by the secret named {@code tokenSecret} in their own
 * environment. Neither the key nor the token ever travels on a topic. Tickets of a technician who
 * matches no Intercom teammate (or of no technician) are assigned to {@code fallbackTeammate}, an
 * admin's email; without one they are held until an operator names it. {@code mapping} is what the
 * operator confirmed of the proposed map (null: the default map as it is).
 *
 * <p>A sample run has a {@code sampleSize}: the extractor sends that many records of each object,
 * chosen to cover the cases that break migrations, with what they refer to (null: every record). A
 * delta run names its {@code baseRuns}, newest first: a record one of them wrote is updated when it
 * changed and skipped when it did not, never created again (empty: none). A {@code dryRun} writes
 * nothing to Intercom: the loaders only tell what they would create, update or skip.
 *
 * <p>The source fields, and later the sample and delta fields, came later: a message without them
 * is an export-directory run of every record, with no base.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunStarted(String runId, String sourceDirectory, String accountTimeZone,
                         String targetBaseUrl, String tokenSecret,
                         SourceKind sourceKind, String ateraBaseUrl, String ateraKeySecret, String modifiedSince,
                         String fallbackTeammate, MappingChoices mapping,
                         Integer sampleSize, List<String> baseRuns, Boolean dryRun)
        implements ControlMessage {

    @JsonCreator
    public RunStarted {
        sourceKind = sourceKind == null ? SourceKind.EXPORT_DIRECTORY : sourceKind;
        baseRuns = baseRuns == null ? List.of() : List.copyOf(baseRuns);
        // a message from before dry runs has none: it writes
        dryRun = Boolean.TRUE.equals(dryRun);
    }

    /** A run of every record, with no base, that writes. */
    public RunStarted(String runId, String sourceDirectory, String accountTimeZone, String targetBaseUrl, String tokenSecret,
                      SourceKind sourceKind, String ateraBaseUrl, String ateraKeySecret, String modifiedSince,
                      String fallbackTeammate, MappingChoices mapping) {
        this(runId, sourceDirectory, accountTimeZone, targetBaseUrl, tokenSecret, sourceKind, ateraBaseUrl, ateraKeySecret,
                modifiedSince, fallbackTeammate, mapping, null, null, false);
    }

    /** Whether the run is a delta of earlier runs. */
    public boolean isDelta() {
        return !baseRuns.isEmpty();
    }

    /** A run that reads an export directory. */
    public RunStarted(String runId, String sourceDirectory, String accountTimeZone, String targetBaseUrl, String tokenSecret) {
        this(runId, sourceDirectory, accountTimeZone, targetBaseUrl, tokenSecret, SourceKind.EXPORT_DIRECTORY, null, null, null, null,
                null);
    }
}
