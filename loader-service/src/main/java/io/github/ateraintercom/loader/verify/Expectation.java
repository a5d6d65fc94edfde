package io.github.ateraintercom.loader.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ateraintercom.common.envelope.Json;

import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one Intercom object holds, field by field, each value {@link Normalised normalised}: what the
 * run wrote (kept in the ledger when it writes it) or what Intercom answers when it is read back.
 * Custom attributes are {@code custom_attributes.<name>}; a conversation's replies and notes are
 * {@code parts} (how many) and {@code part <n> type|author|body}, in order. An absent value is no field.
 */
public final class Expectation {

    public static final String ATTRIBUTE = "custom_attributes.";
    static final String PARTS = "parts";
    static final String PART = "part ";

    private final Map<String, String> fields = new LinkedHashMap<>();
    private int parts;

    public Expectation field(String name, Object value) {
        put(name, Normalised.value(value));
        return this;
    }

    Expectation field(String name, JsonNode value) {
        put(name, Normalised.value(value));
        return this;
    }

    /** A body the run wrote or Intercom renders as HTML: compared as text. */
    public Expectation body(String name, String html) {
        put(name, Normalised.html(html));
        return this;
    }

    /** Names, in any order (tags): sorted, comma-separated. */
    public Expectation names(String name, Collection<String> names) {
        return values(name, names.stream().sorted().toList());
    }

    /** Values in their order (a list attribute's options): comma-separated. */
    public Expectation values(String name, List<String> values) {
        put(name, values.isEmpty() ? null : String.join(", ", values));
        return this;
    }

    public Expectation attributes(Map<String, ?> attributes) {
        if (attributes != null) {
            attributes.forEach((name, value) -> field(ATTRIBUTE + name, value));
        }
        return this;
    }

    /** The next reply or note of a conversation: its part type (comment or note), its author's Intercom id and its body. */
    public Expectation part(String type, String authorId, String body) {
        parts++;
        put(PART + parts + " type", type);
        put(PART + parts + " author", authorId);
        put(PART + parts + " body", Normalised.html(body));
        fields.put(PARTS, Integer.toString(parts));
        return this;
    }

    /** The conversation has no reply or note; said so, so that one added behind the run's back shows. */
    public Expectation noParts() {
        fields.putIfAbsent(PARTS, "0");
        return this;
    }

    /**
     * The fields whose values differ from {@code priorJson}'s (an expectation as kept on a ledger
     * entry), in this one's order then the prior's: what an update changes, e.g. "name",
     * "custom_attributes.plan". Every field when there is no prior.
     */
    public List<String> changedFrom(String priorJson) {
        Map<String, String> prior = priorJson == null ? Map.of() : parse(priorJson).fields;
        Set<String> names = new LinkedHashSet<>(fields.keySet());
        names.addAll(prior.keySet());
        return names.stream().filter(name -> !Objects.equals(fields.get(name), prior.get(name))).toList();
    }

    /** A field's normalised value; null when the expectation has none. */
    public String value(String name) {
        return fields.get(name);
    }

    Map<String, String> fields() {
        return Collections.unmodifiableMap(fields);
    }

    public String json() {
        try {
            return Json.MAPPER.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("expectation cannot be written", e);
        }
    }

    public static Expectation parse(String json) {
        Expectation expectation = new Expectation();
        try {
            expectation.fields.putAll(Json.MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
            }));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable expectation " + json, e);
        }
        return expectation;
    }

    private void put(String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
