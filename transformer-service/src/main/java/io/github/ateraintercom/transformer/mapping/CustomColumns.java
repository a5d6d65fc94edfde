package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.mapping.CustomAttributeNames;

import java.util.Map;

/**
 * An export's custom fields (the extractor names every column outside the layout
 * {@code Custom: <Field Name>}) become custom attributes of the record's Intercom object, as text,
 * named by {@link CustomAttributeNames}.
 */
public final class CustomColumns {

    private CustomColumns() {
    }

    /**
     * Adds the row's non-blank custom fields to {@code attributes}, in column order. A name the
     * default map already uses (a custom "City" next to the address's {@code city}) gets the prefix
     * {@code custom_}, so neither value is lost.
     */
    public static void addTo(Map<String, Object> attributes, AteraRow row) {
        row.fields().keySet().stream().filter(CustomAttributeNames::isCustom).forEach(column -> {
            String value = row.value(column);
            String name = CustomAttributeNames.of(CustomAttributeNames.fieldName(column));
            if (value != null && !name.isEmpty()) {
                attributes.put(attributes.containsKey(name) ? "custom_" + name : name, value);
            }
        });
    }
}
