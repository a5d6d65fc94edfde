package io.github.ateraintercom.common.event;

import io.github.ateraintercom.common.discovery.DiscoveryReport;

/** A discovery of a run's source ended: its report, or the reason it could not be made. */
public record SourceDiscovered(DiscoveryReport report, String failure) implements MigrationEvent {
}
