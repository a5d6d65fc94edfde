package io.github.ateraintercom.common.mapping;

/**
 * Where one source column lands: a standard field of the Intercom object (its name, e.g.
 * {@code email}), a custom attribute ({@code attribute}), or nowhere ({@code ignore}: the value
 * stays in the run's raw records only).
 */
public record FieldTarget(Kind kind, String field, AttributeSpec attribute) {

    public enum Kind { STANDARD, ATTRIBUTE, IGNORE }

    public static FieldTarget standard(String field) {
        return new FieldTarget(Kind.STANDARD, field, null);
    }

    public static FieldTarget attribute(AttributeSpec attribute) {
        return new FieldTarget(Kind.ATTRIBUTE, null, attribute);
    }

    public static FieldTarget ignore() {
        return new FieldTarget(Kind.IGNORE, null, null);
    }

    public boolean ignored() {
        return kind == Kind.IGNORE;
    }
}
