package io.github.ateraintercom.orchestrator.mapping;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One version of a run's mapping as the API shows it and takes it back edited: its number, whether
 * and when it was confirmed, what it says, and the warnings it raises (the custom attributes it
 * would create against Intercom's limit).
 */
public record MappingDocument(String runId, Integer version, boolean confirmed, OffsetDateTime confirmedAt, OffsetDateTime createdAt,
                              List<MappingContent.FileMapping> files, List<MappingContent.StatusMapping> ticketStates,
                              MappingContent.Choices choices, MappingContent.Findings findings, List<String> warnings) {
}
