package io.github.ateraintercom.common.atera;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** The Atera objects of an export directory, each with its file and the column that identifies a row. */
public enum ObjectType {
    CUSTOMER("customers", "CustomerID");

    private final String plural;
    private final String keyColumn;

    ObjectType(String plural, String keyColumn) {
        this.plural = plural;
        this.keyColumn = keyColumn;
    }

    /** The export file this object is read from, e.g. {@code customers.csv}. */
    public String fileName() {
        return plural + ".csv";
    }

    /** The raw topic of this object, e.g. {@code atera.customers}. */
    public String topic() {
        return "atera." + plural;
    }

    public String keyColumn() {
        return keyColumn;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ObjectType fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown object type '" + name + "'"));
    }
}
