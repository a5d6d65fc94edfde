package io.github.ateraintercom.transformer.mapping;

import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The custom attributes one command writes: each value, and the spec it is created with when missing. */
public final class Attributes {

    private final ZoneId accountZone;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, AttributeSpec> specs = new LinkedHashMap<>();

    public Attributes(ZoneId accountZone) {
        this.accountZone = accountZone;
    }

    /** Writes {@code raw} coerced to the attribute's type; a blank value writes nothing. */
    void put(AttributeSpec attribute, String column, String raw) {
        AttributeValues.of(attribute, column, raw, accountZone).ifPresent(value -> put(attribute, value));
    }

    /** Writes a value the mapping computed itself. */
    public void put(AttributeSpec attribute, Object value) {
        values.put(attribute.name(), value);
        specs.put(attribute.name(), attribute);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** Name → value, or null when the command writes none (an absent field, never an empty one). */
    public Map<String, Object> values() {
        return values.isEmpty() ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public List<AttributeSpec> specs() {
        return List.copyOf(specs.values());
    }
}
