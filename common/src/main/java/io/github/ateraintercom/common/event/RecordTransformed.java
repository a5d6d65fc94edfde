package io.github.ateraintercom.common.event;

/** A record the transformer turned into an Intercom command; the envelope says which one. */
public record RecordTransformed(String target) implements MigrationEvent {
}
