package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.util.Map;
import java.util.Optional;

/**
 * How one Atera object is listed by the API and turned into the columns its export file uses, so
 * a record reads the same whichever source it came from.
 */
interface ApiObject {

    /** Empty for objects Atera's API does not list (technicians, which are derived instead). */
    static Optional<ApiObject> of(ObjectType type) {
        return switch (type) {
            case CUSTOMER -> Optional.of(new CustomersApi());
            default -> Optional.empty();
        };
    }

    /** The stable name the object's rows are attributed to, e.g. {@code api:/customers}. */
    String sourceName();

    /** The list to read: every record, or with {@code modifiedSince} (nullable) those modified on or after it. */
    ApiList list(String modifiedSince);

    /** The item's columns as text, spelled as the export layout spells them. */
    Map<String, String> columns(JsonNode item);
}
