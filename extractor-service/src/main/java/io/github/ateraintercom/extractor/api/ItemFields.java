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
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : columns) {
            JsonNode value = item.get(column);
            if (value != null && !value.isNull()) {
                fields.put(column, value.isValueNode() ? value.asText() : value.toString());
            }
        }
        return fields;
    }
}
