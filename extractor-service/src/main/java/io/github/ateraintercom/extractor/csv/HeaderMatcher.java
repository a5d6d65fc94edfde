package io.github.ateraintercom.extractor.csv;

import io.github.ateraintercom.common.mapping.CustomAttributeNames;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Matches export headers to the API's column names forgivingly: case, spaces, underscores and
 * hyphens are ignored, so {@code Customer ID}, {@code customer_id} and {@code CustomerID} agree.
 * A header that matches no known column is a custom field, named {@code Custom: <name>}.
 */
public final class HeaderMatcher {

    private final Map<String, String> canonicalByKey = new HashMap<>();

    public HeaderMatcher(List<String> knownColumns) {
        knownColumns.forEach(column -> canonicalByKey.put(key(column), column));
    }

    public String canonical(String header) {
        String trimmed = header.strip();
        if (CustomAttributeNames.isCustom(trimmed)) {
            return CustomAttributeNames.column(CustomAttributeNames.fieldName(trimmed));
        }
        String known = canonicalByKey.get(key(trimmed));
        return known != null ? known : CustomAttributeNames.column(trimmed);
    }

    static String key(String header) {
        StringBuilder key = new StringBuilder(header.length());
        for (char c : header.toCharArray()) {
            if (c != ' ' && c != '_' && c != '-' && c != '\t') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
