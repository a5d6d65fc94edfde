package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Read a run's source and report what it holds, publishing no record: its export directory, or with
 * {@code sourceKind} atera-api Atera's API at {@code ateraBaseUrl} with the key held by the secret
 * named {@code ateraKeySecret} in the extractor's environment, as {@link RunStarted} names them.
 *
 * <p>The API fields came later: a message without them reads an export directory.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscoveryRequested(String runId, String sourceDirectory, String accountTimeZone,
                                 SourceKind sourceKind, String ateraBaseUrl, String ateraKeySecret, String modifiedSince)
        implements ControlMessage {

    public DiscoveryRequested {
        sourceKind = sourceKind == null ? SourceKind.EXPORT_DIRECTORY : sourceKind;
    }

    /** The discovery of an export directory. */
    public DiscoveryRequested(String runId, String sourceDirectory, String accountTimeZone) {
        this(runId, sourceDirectory, accountTimeZone, SourceKind.EXPORT_DIRECTORY, null, null, null);
    }

    /** Kept apart from the run's start, which must survive compaction. */
    @Override
    public String key() {
        return runId + "/discovery";
    }
}
