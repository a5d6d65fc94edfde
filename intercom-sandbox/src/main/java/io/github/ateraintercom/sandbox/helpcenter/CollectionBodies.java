package io.github.ateraintercom.sandbox.helpcenter;

import io.github.ateraintercom.sandbox.error.ApiException;
import io.github.ateraintercom.sandbox.request.JsonBody;

import java.util.Set;

/**
 * Reads the {@code create_collection_request} and {@code update_collection_request} payloads.
 * Translations are not simulated, so {@code translated_content} is refused like any unknown field.
 */
final class CollectionBodies {

    private static final Set<String> CREATE_FIELDS = Set.of("name", "description", "parent_id", "help_center_id");
    private static final Set<String> UPDATE_FIELDS = Set.of("name", "description", "parent_id");

    private CollectionBodies() {
    }

    /** A missing {@code help_center_id} means the default help center. */
    static CollectionChanges create(JsonBody body, HelpCenters helpCenters) {
        body.allowOnly(CREATE_FIELDS);
        String name = body.text("name");
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("parameter_not_found", "Name is a required parameter.");
        }
        Long helpCenterId = body.integer("help_center_id");
        if (helpCenterId != null && helpCenters.find(Long.toString(helpCenterId)).isEmpty()) {
            throw ApiException.badRequest("parameter_invalid", "Help center " + helpCenterId + " does not exist");
        }
        return new CollectionChanges(name, body.text("description"), true, body.id("parent_id"),
                helpCenterId != null ? helpCenterId : HelpCenters.DEFAULT_ID);
    }

    static CollectionChanges update(JsonBody body) {
        body.allowOnly(UPDATE_FIELDS);
        String name = body.text("name");
        if (name != null && name.isBlank()) {
            throw ApiException.badRequest("parameter_invalid", "name must not be blank");
        }
        return new CollectionChanges(name, body.text("description"), body.has("parent_id"), body.id("parent_id"), null);
    }
}
