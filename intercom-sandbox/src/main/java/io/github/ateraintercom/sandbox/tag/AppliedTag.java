package io.github.ateraintercom.sandbox.tag;

/** A tag as applied to one object: when, and by which teammate. */
public record AppliedTag(Tag tag, long appliedAt, String appliedBy) {
}
