package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an API item's values into the text an export file would hold. */
final class ItemFields {

    private ItemFields() {
    }

    /**
     * The item's fields named like {@code columns}, in that order, as text: numbers and booleans as
     * written, anything nested as its JSON; null or absent fields are left out, as an empty cell would be.
     */
    static Map<String, String> named(JsonNode item, List<String> columns) {
        return named(item, columns, Map.of());
    }

    /** As {@link #named(JsonNode, List)}, but a column listed in {@code fieldOf} is read from the field it names. */
    static Map<String, String> named(JsonNode item, List<String> columns, Map<String, String> fieldOf) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : columns) {
            String value = text(item.get(fieldOf.getOrDefault(column, column)));
            if (value != null) {
                fields.put(column, value);
            }
        }
        return fields;
    }

    /** The value as an export cell holds it, or null for a null or absent value. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
