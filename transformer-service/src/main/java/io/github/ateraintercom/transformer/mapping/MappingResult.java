package io.github.ateraintercom.transformer.mapping;

/** A mapped command, or the rule that refused the record and why. */
public sealed interface MappingResult<T> {

    record Mapped<T>(T command) implements MappingResult<T> {
    }

    /** {@code column} names the source column at fault; {@code message} tells a person what to fix. */
    record Refused<T>(String rule, String column, String message) implements MappingResult<T> {
    }
}
