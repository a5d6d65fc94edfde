package io.github.ateraintercom.common.event;

/**
 * A record the transformer keeps out of Intercom for a stated reason, e.g. an object this release
 * does not migrate yet. It is accounted for, and listed in the run's report with the reason.
 */
public record RecordHeld(String reason) implements MigrationEvent {
}
