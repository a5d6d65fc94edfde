package io.github.ateraintercom.sandbox.tag;

/** A workspace tag; its id is a numeric string, its name unique regardless of case. */
public record Tag(String id, String name) {
}
