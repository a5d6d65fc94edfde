package io.github.ateraintercom.extractor.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.common.envelope.Json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list endpoint to read, relative to the base URL, with its filters. {@code paged} is false for
 * the few endpoints that answer a bare array in one go. {@code owner} holds the fields its items
 * leave out because the path already says them, such as the ticket of {@code /tickets/42/comments}:
 * each item received gets them, so a record names its owner like an export row would.
 */
record ApiList(String path, Map<String, String> query, boolean paged, Map<String, Object> owner) {

    ApiList {
        // in the order given, so a request's query reads the same every time
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        owner = Map.copyOf(owner);
    }

    ApiList(String path, Map<String, String> query) {
        this(path, query, true, Map.of());
    }

    /** The item with the owner's fields added; the item itself is left as received. */
    JsonNode owned(JsonNode item) {
        if (owner.isEmpty() || !item.isObject()) {
            return item;
        }
        ObjectNode owned = item.deepCopy();
        owner.forEach((field, value) -> owned.set(field, Json.MAPPER.valueToTree(value)));
        return owned;
    }
}
