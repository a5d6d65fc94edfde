package io.github.ateraintercom.sandbox.attribute;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** What values an attribute holds, which decides what may be written to it and how it is searched. */
public enum ValueKind {
    TEXT("a string"),
    INTEGER("an integer"),
    NUMBER("a number"),
    BOOLEAN("a boolean"),
    /** Unix seconds, or an ISO-8601 date or date-time. */
    DATE("a date (unix timestamp or ISO-8601)"),
    /** Values the sandbox does not inspect (relationship and file conversation attributes). */
    ANY("any value");

    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    public boolean accepts(Object value) {
        return switch (this) {
            case TEXT -> value instanceof String;
            case INTEGER -> isWholeNumber(value);
            case NUMBER -> value instanceof Number;
            case BOOLEAN -> value instanceof Boolean;
            case DATE -> epochSecond(value) != null;
            case ANY -> true;
        };
    }

    /** "an integer", for refusals. */
    public String description() {
        return description;
    }

    /** A date value as unix seconds, or {@code null} when it is not a date. */
    public static Long epochSecond(Object value) {
        if (isWholeNumber(value)) {
            return ((Number) value).longValue();
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toEpochSecond();
            } catch (DateTimeParseException notDateTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                } catch (DateTimeParseException notDate) {
                    try {
                        return Instant.parse(text).getEpochSecond();
                    } catch (DateTimeParseException notInstant) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    private static boolean isWholeNumber(Object value) {
        return value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger;
    }
}
