package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * <p>The source fields came later: a message without them is an export-directory run.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunStarted(String runId, String sourceDirectory, String accountTimeZone,
                         String targetBaseUrl, String tokenSecret,
                         SourceKind sourceKind, String ateraBaseUrl, String ateraKeySecret, String modifiedSince,
                         String fallbackTeammate, MappingChoices mapping)
        implements ControlMessage {

    public RunStarted {
        sourceKind = sourceKind == null ? SourceKind.EXPORT_DIRECTORY : sourceKind;
    }

    /** A run that reads an export directory. */
    public RunStarted(String runId, String sourceDirectory, String accountTimeZone, String targetBaseUrl, String tokenSecret) {
        this(runId, sourceDirectory, accountTimeZone, targetBaseUrl, tokenSecret, SourceKind.EXPORT_DIRECTORY, null, null, null, null,
                null);
    }
}
