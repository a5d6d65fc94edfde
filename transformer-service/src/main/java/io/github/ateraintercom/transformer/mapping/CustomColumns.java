package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.atera.AteraRow;

import java.util.Locale;
import java.util.Map;

/**
 * An export's custom fields (the extractor names every column outside the layout
 * {@code Custom: <Field Name>}) become custom attributes of the record's Intercom object, as text:
 * {@code Custom: Contract Tier} → {@code contract_tier}. Intercom refuses most punctuation in
 * attribute names, so anything but letters and digits becomes one underscore.
 */
public final class CustomColumns {

    static final String PREFIX = "Custom:";

    private CustomColumns() {
    }

    /**
     * Adds the row's non-blank custom fields to {@code attributes}, in column order. A name the
     * default map already uses (a custom "City" next to the address's {@code city}) gets the prefix
     * {@code custom_}, so neither value is lost.
     */
    public static void addTo(Map<String, Object> attributes, AteraRow row) {
        row.fields().keySet().stream().filter(column -> column.startsWith(PREFIX)).forEach(column -> {
            String value = row.value(column);
            String name = attributeName(column.substring(PREFIX.length()));
            if (value != null && !name.isEmpty()) {
                attributes.put(attributes.containsKey(name) ? "custom_" + name : name, value);
            }
        });
    }

    static String attributeName(String fieldName) {
        return fieldName.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_|_$", "");
    }
}
