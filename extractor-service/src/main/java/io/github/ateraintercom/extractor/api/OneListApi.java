package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.extractor.csv.ExportLayout;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * An object read from a single list endpoint whose field names are the export's column names.
 * Without a filter on modification, the list is read whole whatever modifiedSince says: records
 * already migrated come again with the same ids, which downstream is idempotent on.
 */
abstract class OneListApi implements ApiObject {

    private final ObjectType type;
    private final String path;
    /** Where the published records' ids go when a later object is read per record; null when none is. */
    private final IdList remembered;

    OneListApi(ObjectType type, String path, IdList remembered) {
        this.type = type;
        this.path = path;
        this.remembered = remembered;
    }

    OneListApi(ObjectType type, String path) {
        this(type, path, null);
    }

    @Override
    public String sourceName() {
        return "api:" + path;
    }

    @Override
    public Iterator<ApiList> lists(String modifiedSince) {
        return List.of(list(modifiedSince)).iterator();
    }

    /** The list to read; by default every record. */
    ApiList list(String modifiedSince) {
        return new ApiList(path, Map.of());
    }

    /** The list filtered by {@code parameter} when modifiedSince is given, which Atera reads as is. */
    final ApiList filtered(String parameter, String modifiedSince) {
        return new ApiList(path, modifiedSince == null ? Map.of() : Map.of(parameter, modifiedSince));
    }

    final String path() {
        return path;
    }

    final List<String> layoutColumns() {
        return ExportLayout.columns(type);
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        return ItemFields.named(item, layoutColumns());
    }

    @Override
    public void published(Map<String, String> columns) {
        if (remembered == null) {
            return;
        }
        try {
            remembered.add(Long.parseLong(columns.get(type.keyColumns().get(0)).strip()));
        } catch (NumberFormatException notAnAteraId) {
            // Atera's ids are integers; anything else cannot name a record in a path either
        }
    }
}
