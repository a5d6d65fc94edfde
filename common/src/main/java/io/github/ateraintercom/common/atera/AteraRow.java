package io.github.ateraintercom.common.atera;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an export file as read: column names in the API's spelling (custom fields as
 * {@code Custom: <name>}), values as text. The transformer owns every conversion.
 */
public record AteraRow(Map<String, String> fields) {

    /** Keeps the file's column order, so a reject shows the row as it was written. */
    public AteraRow {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The trimmed value of a column, or null when the column is absent or blank. */
    public String value(String column) {
        String value = fields.get(column);
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
