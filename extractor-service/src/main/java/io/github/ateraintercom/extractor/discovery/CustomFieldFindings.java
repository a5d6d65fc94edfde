package io.github.ateraintercom.extractor.discovery;

import io.github.ateraintercom.common.discovery.DiscoveryReport.CustomField;
import io.github.ateraintercom.common.mapping.CustomFieldTypes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The custom fields {@code custom_fields.csv} defines and {@code custom_values.csv} fills, per object
 * and field name (matched in any case): each definition with the profile of its values. A field that
 * only has values is reported without a type, so its type is proposed from the values alone.
 */
final class CustomFieldFindings {

    static final String DEFINITIONS = "custom_fields.csv";
    static final String VALUES = "custom_values.csv";

    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, ColumnProfiler> values = new LinkedHashMap<>();
    private final Map<String, String[]> valueNames = new LinkedHashMap<>();

    void row(String file, Map<String, String> fields) {
        String objectType = text(fields.get("ObjectType"));
        String fieldName = text(fields.get("FieldName"));
        if (objectType.isEmpty() || fieldName.isEmpty()) {
            return;
        }
        String key = key(objectType, fieldName);
        if (DEFINITIONS.equals(file)) {
            definitions.putIfAbsent(key, new Definition(objectType, fieldName, text(fields.get("FieldType")),
                    CustomFieldTypes.options(fields.get("Options")), "true".equalsIgnoreCase(text(fields.get("Required")))));
        } else if (VALUES.equals(file)) {
            valueNames.putIfAbsent(key, new String[] {objectType, fieldName});
            ColumnProfiler profiler = values.computeIfAbsent(key, ignored -> new ColumnProfiler(fieldName, true));
            String value = fields.get("Value");
            Definition definition = definitions.get(key);
            if (definition != null && "multiselect".equalsIgnoreCase(definition.fieldType()) && value != null) {
                // a MultiSelect value holds its options pipe-separated
                CustomFieldTypes.options(value).forEach(profiler::accept);
            } else {
                profiler.accept(value);
            }
        }
    }

    /** Every field defined or filled: the definitions in their order, then the fields only values name. */
    List<CustomField> fields() {
        List<CustomField> fields = new ArrayList<>();
        definitions.forEach((key, definition) -> fields.add(new CustomField(definition.objectType(), definition.fieldName(),
                definition.fieldType(), definition.options(), definition.required(),
                values.containsKey(key) ? values.get(key).profile() : null)));
        values.forEach((key, profiler) -> {
            if (!definitions.containsKey(key)) {
                String[] names = valueNames.get(key);
                fields.add(new CustomField(names[0], names[1], null, List.of(), false, profiler.profile()));
            }
        });
        return fields;
    }

    private static String key(String objectType, String fieldName) {
        return objectType.toLowerCase(Locale.ROOT) + "/" + fieldName.toLowerCase(Locale.ROOT);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private record Definition(String objectType, String fieldName, String fieldType, List<String> options, boolean required) {
    }
}
