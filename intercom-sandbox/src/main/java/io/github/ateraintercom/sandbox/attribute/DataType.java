package io.github.ateraintercom.sandbox.attribute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code data_type} of a contact or company attribute. Intercom answers with fewer types than it
 * accepts: a list ({@code options}) is shown as {@code string} with its options, a {@code datetime}
 * as {@code date}.
 */
enum DataType {
    STRING(ValueKind.TEXT, "string"),
    INTEGER(ValueKind.INTEGER, "integer"),
    FLOAT(ValueKind.NUMBER, "float"),
    BOOLEAN(ValueKind.BOOLEAN, "boolean"),
    DATETIME(ValueKind.DATE, "date"),
    DATE(ValueKind.DATE, "date"),
    OPTIONS(ValueKind.TEXT, "string");

    private final ValueKind kind;
    private final String shownAs;

    DataType(ValueKind kind, String shownAs) {
        this.kind = kind;
        this.shownAs = shownAs;
    }

    ValueKind kind() {
        return kind;
    }

    String shownAs() {
        return shownAs;
    }

    static Optional<DataType> named(String requested) {
        return Arrays.stream(values()).filter(type -> type.name().toLowerCase(Locale.ROOT).equals(requested)).findFirst();
    }
}
