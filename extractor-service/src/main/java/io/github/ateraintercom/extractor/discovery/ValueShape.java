package io.github.ateraintercom.extractor.discovery;

import java.util.regex.Pattern;

/** What one non-empty value looks like, from the most specific shape to plain text. */
enum ValueShape {
    EMAIL("email", Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")),
    DATETIME_OFFSET("datetime", Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})")),
    DATETIME_LOCAL("datetime", Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")),
    DATETIME_MS("datetime", Pattern.compile("/Date\\(-?\\d+([+-]\\d{4})?\\)/")),
    DATE("date", Pattern.compile("\\d{4}-\\d{2}-\\d{2}")),
    INTEGER("integer", Pattern.compile("-?\\d{1,18}")),
    DECIMAL("decimal", Pattern.compile("-?\\d+[.,]\\d+")),
    BOOLEAN("boolean", Pattern.compile("(?i)true|false|yes|no")),
    HTML("html", Pattern.compile("(?s).*<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^>]*)?/?>.*")),
    TEXT("text", Pattern.compile("(?s).*"));

    private final String type;
    private final Pattern pattern;

    ValueShape(String type, Pattern pattern) {
        this.type = type;
        this.pattern = pattern;
    }

    /** The column type this shape stands for. */
    String type() {
        return type;
    }

    /** The date format a datetime shape names in the report. */
    String format() {
        return switch (this) {
            case DATETIME_OFFSET -> "ISO-8601 with offset";
            case DATETIME_LOCAL -> "ISO-8601 without offset (account time zone)";
            case DATETIME_MS -> "/Date(ms)/";
            case DATE -> "ISO-8601 date";
            default -> null;
        };
    }

    static ValueShape of(String value) {
        for (ValueShape shape : values()) {
            if (shape.pattern.matcher(value).matches()) {
                return shape;
            }
        }
        return TEXT;
    }
}
