package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The custom field catalogue from {@code GET /customvalues/customfields}, a bare array: each field's
 * {@code Target} is its ObjectType (Customer, Ticket, Contact, Contract…), {@code Name} its
 * FieldName, {@code DataType} its FieldType in the layout's words, and the {@code PossibleValues}
 * its Options, pipe-separated. Atera says nothing of a field being required, so Required is left out.
 */
final class CustomFieldsApi extends OneListApi {

    /** Atera's data types in the layout's words; OptionsWithDependencies is a dropdown whose options hang on another's. */
    private static final Map<String, String> FIELD_TYPES = Map.of("Text", "Text", "Boolean", "Checkbox", "Numeric", "Number",
            "Date", "Date", "Options", "Dropdown", "OptionsWithDependencies", "Dropdown");
    private static final Map<String, String> FIELD_OF = Map.of("ObjectType", "Target", "FieldName", "Name");

    private final ReadSoFar readSoFar;

    CustomFieldsApi(ReadSoFar readSoFar) {
        super(ObjectType.CUSTOM_FIELD, "/customvalues/customfields");
        this.readSoFar = readSoFar;
    }

    @Override
    ApiList list(String modifiedSince) {
        return new ApiList(path(), Map.of(), false, Map.of());
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        if (!item.isObject()) {
            return Map.of();
        }
        ObjectNode field = item.deepCopy();
        String dataType = ItemFields.text(item.get("DataType"));
        if (dataType != null) {
            field.put("FieldType", FIELD_TYPES.getOrDefault(dataType, dataType));
        }
        Set<String> options = new LinkedHashSet<>();
        item.path("PossibleValues").forEach(option -> {
            String value = ItemFields.text(option.get("Value"));
            String text = value != null ? value : ItemFields.text(option.get("Text"));
            if (text != null) {
                options.add(text);
            }
        });
        if (!options.isEmpty()) {
            field.put("Options", String.join("|", options));
        }
        return ItemFields.named(field, layoutColumns(), FIELD_OF);
    }

    @Override
    public void published(Map<String, String> columns) {
        readSoFar.customField(columns.get("ObjectType"), columns.get("FieldName"), columns.get("FieldType"));
    }
}
