package io.github.ateraintercom.orchestrator.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** A run's discovery as the API shows it: the report from which the mapping proposal and the scope report are built. */
public record DiscoveryView(String runId, String state, OffsetDateTime requestedAt, OffsetDateTime discoveredAt,
                            JsonNode report, String failure) {
}
