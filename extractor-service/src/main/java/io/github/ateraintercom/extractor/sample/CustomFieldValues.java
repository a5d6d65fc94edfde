package io.github.ateraintercom.extractor.sample;

import io.github.ateraintercom.common.atera.ObjectType;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The custom fields of an export, for choosing a sample: the type of each field (from
 * {@code custom_fields.csv}; a field it does not define is Text), and per customer, contact and
 * ticket the types of the fields it has a value of, in {@code custom_values.csv} or its own
 * {@code Custom: } columns.
 */
final class CustomFieldValues {

    static final String CUSTOM_COLUMN = "Custom: ";
    private static final String TEXT = "Text";

    private final Map<String, String> typeOfField = new HashMap<>();
    private final Map<String, Set<String>> declaredTypes = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> valueTypes = new HashMap<>();

    static CustomFieldValues read(ExportScan scan) {
        CustomFieldValues values = new CustomFieldValues();
        scan.read(ObjectType.CUSTOM_FIELD, (line, fields) -> {
            String object = object(ExportScan.value(fields, "ObjectType"));
            String type = ExportScan.value(fields, "FieldType");
            type = type.isEmpty() ? TEXT : type;
            values.typeOfField.put(object + "\u0000" + ExportScan.value(fields, "FieldName").toLowerCase(Locale.ROOT), type);
            values.declaredTypes.computeIfAbsent(object, key -> new TreeSet<>()).add(type);
        });
        scan.read(ObjectType.CUSTOM_VALUE, (line, fields) -> {
            if (!ExportScan.value(fields, "Value").isEmpty()) {
                String object = object(ExportScan.value(fields, "ObjectType"));
                values.valueOf(object, ExportScan.value(fields, "ObjectID"), ExportScan.value(fields, "FieldName"));
            }
        });
        return values;
    }

    /** The types of the fields the record has a value of, its own {@code Custom: } columns included. */
    Set<String> typesOf(String object, String id, Map<String, String> fields) {
        Set<String> types = new LinkedHashSet<>(valueTypes.getOrDefault(object, Map.of()).getOrDefault(id, Set.of()));
        fields.forEach((column, value) -> {
            if (column.startsWith(CUSTOM_COLUMN) && value != null && !value.isBlank()) {
                types.add(typeOf(object, column.substring(CUSTOM_COLUMN.length())));
            }
        });
        return types;
    }

    /** The types of the fields the export defines for the object. */
    Set<String> declaredTypes(String object) {
        return declaredTypes.getOrDefault(object, Set.of());
    }

    /** customer, contact or ticket, however the export spells it. */
    static String object(String spelled) {
        return spelled.strip().toLowerCase(Locale.ROOT);
    }

    static String typedCase(String object, String type) {
        return object + " with a value of a " + type + " custom field";
    }

    private void valueOf(String object, String id, String field) {
        valueTypes.computeIfAbsent(object, key -> new HashMap<>()).computeIfAbsent(id, key -> new TreeSet<>()).add(typeOf(object, field));
    }

    private String typeOf(String object, String field) {
        return typeOfField.getOrDefault(object + "\u0000" + field.strip().toLowerCase(Locale.ROOT), TEXT);
    }
}
