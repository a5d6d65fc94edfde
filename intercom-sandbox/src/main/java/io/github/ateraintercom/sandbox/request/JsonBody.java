package io.github.ateraintercom.sandbox.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.sandbox.error.ApiException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON object body with typed, optional fields. A field that is absent or {@code null} reads as
 * {@code null}; a field of the wrong type is a {@code parameter_invalid} refusal.
 */
public final class JsonBody {

    private final ObjectNode node;

    JsonBody(ObjectNode node) {
        this.node = node;
    }

    /** Refuses the first field outside {@code allowed}, worded like Intercom ("bad 'test' parameter"). */
    public JsonBody allowOnly(Set<String> allowed) {
        firstOutside(allowed).ifPresent(name -> {
            throw ApiException.badRequest("bad_request", "bad '" + name + "' parameter");
        });
        return this;
    }

    /** Whether every field sent is in {@code allowed}, for endpoints that word the refusal their own way. */
    public boolean hasOnly(Set<String> allowed) {
        return firstOutside(allowed).isEmpty();
    }

    /** Whether the field was sent at all, even as {@code null}. */
    public boolean has(String name) {
        return node.has(name);
    }

    /** An id the description types as a string while its examples also send numbers ({@code "id": 81}). */
    public String id(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual() && !value.isIntegralNumber()) {
            throw invalid(name, "a string");
        }
        return value.asText();
    }

    public JsonBody object(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof ObjectNode object)) {
            throw invalid(name, "an object");
        }
        return new JsonBody(object);
    }

    /** An array of objects, such as {@code companies: [{id}, …]}. */
    public List<JsonBody> objects(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        List<JsonBody> objects = new ArrayList<>();
        for (JsonNode item : array(name, value, "an array of objects")) {
            if (!(item instanceof ObjectNode object)) {
                throw invalid(name, "an array of objects");
            }
            objects.add(new JsonBody(object));
        }
        return objects;
    }

    public List<String> texts(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(name, value, "an array of strings")) {
            if (!item.isTextual()) {
                throw invalid(name, "an array of strings");
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    /** A string, number or boolean, or an array of them, as search filters take; {@code null} when absent. */
    public Object scalarOrList(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            return scalar(name, value);
        }
        List<Object> values = new ArrayList<>();
        value.forEach(item -> values.add(scalar(name, item)));
        return values;
    }

    public String text(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(name, "a string");
        }
        return value.textValue();
    }

    /** A string that must be sent and not blank; without it Intercom answers {@code parameter_not_found}. */
    public String requiredText(String name) {
        String text = text(name);
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("parameter_not_found", name + " not specified");
        }
        return text;
    }

    /** A whole number that fits in a long; fractions are refused. */
    public Long integer(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(name, "an integer");
        }
        return value.longValue();
    }

    /** A number whose fraction is dropped, for fields Intercom documents as truncating floats. */
    public Long truncatedInteger(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || !value.canConvertToLong()) {
            throw invalid(name, "an integer");
        }
        return value.longValue();
    }

    public Boolean bool(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw invalid(name, "a boolean");
        }
        return value.booleanValue();
    }

    /**
     * An object of strings, numbers, booleans or nulls, in the order sent. Nested objects and arrays
     * are refused: Intercom's custom attributes hold single values only.
     */
    public Map<String, Object> scalars(String name) {
        JsonNode value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw invalid(name, "an object");
        }
        Map<String, Object> scalars = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            scalars.put(field.getKey(), scalar(name, field.getValue()));
        }
        return scalars;
    }

    private static Object scalar(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        throw ApiException.badRequest("parameter_invalid",
                name + " values must be strings, numbers or booleans");
    }

    private Optional<String> firstOutside(Set<String> allowed) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static JsonNode array(String name, JsonNode value, String expected) {
        if (!value.isArray()) {
            throw invalid(name, expected);
        }
        return value;
    }

    private JsonNode value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static ApiException invalid(String name, String expected) {
        return ApiException.badRequest("parameter_invalid", name + " must be " + expected);
    }
}
