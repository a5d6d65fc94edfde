package io.github.ateraintercom.sandbox.request;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.sandbox.error.ApiException;
import jakarta.inject.Singleton;

/**
 * Reads request bodies by hand rather than through data binding, so that malformed JSON, unknown
 * fields and wrongly typed values get Intercom's own error codes instead of framework errors.
 */
@Singleton
public class JsonBodyParser {

    private final ObjectMapper mapper;

    public JsonBodyParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An absent or blank body counts as an empty object, as every body field is optional. */
    public JsonBody parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new JsonBody(mapper.createObjectNode());
        }
        JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (JsonProcessingException e) {
            throw invalidJson();
        }
        if (!(node instanceof ObjectNode object)) {
            throw invalidJson();
        }
        return new JsonBody(object);
    }

    private static ApiException invalidJson() {
        return ApiException.badRequest("parameter_invalid", "There was a problem in the JSON you submitted");
    }
}
