package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.extractor.csv.ExportLayout;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Custom values from {@code GET /customvalues/{object}fields/{id}}, one call per customer, contact
 * and ticket this run published, and only for the object types the catalogue has fields for: an
 * account without ticket fields costs no call per ticket. A value is known by its ObjectType, its
 * {@code ItemId} as ObjectID and its FieldName; its Value is the typed slot the field's type names
 * ({@code ValueAsBool}, {@code ValueAsDecimal}, {@code ValueAsDateTime}, else {@code ValueAsString}),
 * since the other slots hold defaults rather than nulls.
 */
final class CustomValuesApi implements ApiObject {

    private static final Map<String, String> SLOT_OF_TYPE = Map.of("Checkbox", "ValueAsBool", "Number", "ValueAsDecimal",
            "Date", "ValueAsDateTime");

    /** An object type whose records' values are read, with the path segment Atera names it by. */
    private record Owner(String objectType, String segment, IdList ids) {
    }

    private final ReadSoFar readSoFar;

    CustomValuesApi(ReadSoFar readSoFar) {
        this.readSoFar = readSoFar;
    }

    @Override
    public String sourceName() {
        return "api:/customvalues/{object}fields/{id}";
    }

    /** The values of the records read this run: with modifiedSince, those of the modified ones. */
    @Override
    public Iterator<ApiList> lists(String modifiedSince) {
        List<Iterator<ApiList>> lists = new ArrayList<>();
        for (Owner owner : List.of(new Owner("Customer", "customer", readSoFar.customers),
                new Owner("Contact", "contact", readSoFar.contacts), new Owner("Ticket", "ticket", readSoFar.tickets))) {
            if (readSoFar.hasCustomFields(owner.objectType())) {
                lists.add(owner.ids().each(id -> new ApiList("/customvalues/" + owner.segment() + "fields/" + id, Map.of(),
                        false, Map.of("ObjectType", owner.objectType()))));
            }
        }
        return concat(lists);
    }

    private static Iterator<ApiList> concat(List<Iterator<ApiList>> lists) {
        return new Iterator<>() {
            private int current;

            @Override
            public boolean hasNext() {
                while (current < lists.size() && !lists.get(current).hasNext()) {
                    current++;
                }
                return current < lists.size();
            }

            @Override
            public ApiList next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return lists.get(current).next();
            }
        };
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        if (!item.isObject()) {
            return Map.of();
        }
        ObjectNode value = item.deepCopy();
        String objectType = ItemFields.text(item.get("ObjectType"));
        String fieldName = ItemFields.text(item.get("FieldName"));
        String slot = objectType == null || fieldName == null ? "ValueAsString"
                : readSoFar.fieldType(objectType, fieldName).map(type -> SLOT_OF_TYPE.getOrDefault(type, "ValueAsString"))
                        .orElse("ValueAsString");
        value.set("Value", item.get(slot));
        return ItemFields.named(value, ExportLayout.columns(ObjectType.CUSTOM_VALUE), Map.of("ObjectID", "ItemId"));
    }
}
