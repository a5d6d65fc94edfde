package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.extractor.csv.ExportLayout;

import java.util.Map;

/**
 * Customers from {@code GET /customers}. The API's field names are the export's column names;
 * {@code Logo}, {@code Longitude} and {@code Latitude} are not in the layout and are left out.
 */
final class CustomersApi implements ApiObject {

    private static final String PATH = "/customers";

    @Override
    public String sourceName() {
        return "api:" + PATH;
    }

    /** {@code FromLastModifiedDate} takes the account's local date or date-time, as modifiedSince is given. */
    @Override
    public ApiList list(String modifiedSince) {
        return new ApiList(PATH, modifiedSince == null ? Map.of() : Map.of("FromLastModifiedDate", modifiedSince));
    }

    @Override
    public Map<String, String> columns(JsonNode item) {
        return ItemFields.named(item, ExportLayout.columns(ObjectType.CUSTOMER));
    }
}
