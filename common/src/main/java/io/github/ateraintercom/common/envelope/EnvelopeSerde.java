package io.github.ateraintercom.common.envelope;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.common.atera.ObjectType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes envelopes as JSON and reads them back without ever throwing: a message that cannot be read
 * becomes {@link Decoded.Unreadable} with a reason, so a consumer can send it to the rejects topic
 * and go on instead of stopping on a poison message.
 */
public final class EnvelopeSerde<P> {

    /** Longest original text kept in a reject, so one huge poison message cannot flood the rejects topic. */
    static final int MAX_ORIGINAL_CHARS = 16_384;

    private static final Map<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

    private final Class<P> payloadType;
    private final JavaType envelopeType;
    private final ObjectReader reader;
    private final boolean objectTypeRequired;

    /** For record topics: every envelope names the Atera object it carries. */
    public EnvelopeSerde(Class<P> payloadType) {
        this(payloadType, true);
    }

    private EnvelopeSerde(Class<P> payloadType, boolean objectTypeRequired) {
        this.payloadType = payloadType;
        this.envelopeType = Json.MAPPER.getTypeFactory().constructParametricType(Envelope.class, payloadType);
        this.reader = Json.MAPPER.readerFor(envelopeType);
        this.objectTypeRequired = objectTypeRequired;
    }

    /** For {@code migration.events}, where run-wide events belong to no single object. */
    public static <P> EnvelopeSerde<P> forRunEvents(Class<P> payloadType) {
        return new EnvelopeSerde<>(payloadType, false);
    }

    public static byte[] encode(Envelope<?> envelope) {
        Class<?> payload = envelope.payload() == null ? Void.class : envelope.payload().getClass();
        try {
            return WRITERS.computeIfAbsent(payload, EnvelopeSerde::writerFor).writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("envelope of " + envelope.sourceRow() + " cannot be written as JSON", e);
        }
    }

    /**
     * The payload is erased at run time, so a polymorphic payload (e.g. a migration event) must be
     * written as its annotated base type, or Jackson leaves out the type id its reader needs. One
     * writer per payload class, since every record of every topic passes here.
     */
    private static ObjectWriter writerFor(Class<?> payload) {
        Class<?> type = payload;
        for (Class<?> base : payload.getInterfaces()) {
            if (base.isAnnotationPresent(JsonTypeInfo.class)) {
                type = base;
            }
        }
        return Json.MAPPER.writerFor(Json.MAPPER.getTypeFactory().constructParametricType(Envelope.class, type));
    }

    public Decoded<P> decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return new Decoded.Unreadable<>("empty message", "", null);
        }
        Envelope<P> envelope;
        try {
            envelope = reader.readValue(bytes);
        } catch (IOException | IllegalArgumentException unreadable) {
            // read again as a tree, only to say what is wrong and salvage what can be attributed
            return explained(bytes);
        }
        if (envelope == null || firstMissingField(envelope) != null || envelope.schemaVersion() != Envelope.SCHEMA_VERSION) {
            return explained(bytes);
        }
        return new Decoded.Readable<>(envelope);
    }

    private Decoded<P> explained(byte[] bytes) {
        String original = truncate(new String(bytes, StandardCharsets.UTF_8));
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            return new Decoded.Unreadable<>("not JSON: " + firstLine(e.getMessage()), original, null);
        }
        if (!(tree instanceof ObjectNode)) {
            return new Decoded.Unreadable<>("not a JSON object", original, null);
        }
        Envelope<P> envelope;
        try {
            envelope = Json.MAPPER.convertValue(tree, envelopeType);
        } catch (IllegalArgumentException e) {
            return new Decoded.Unreadable<>("not an envelope of " + payloadType.getSimpleName() + ": "
                    + firstLine(e.getMessage()), original, salvage(tree));
        }
        String missing = firstMissingField(envelope);
        if (missing != null) {
            return new Decoded.Unreadable<>("envelope field '" + missing + "' is missing", original, salvage(tree));
        }
        if (envelope.schemaVersion() != Envelope.SCHEMA_VERSION) {
            return new Decoded.Unreadable<>("unsupported schemaVersion " + envelope.schemaVersion()
                    + " (this service reads " + Envelope.SCHEMA_VERSION + ")", original, salvage(tree));
        }
        return new Decoded.Readable<>(envelope);
    }

    private String firstMissingField(Envelope<?> envelope) {
        if (envelope.runId() == null || envelope.runId().isBlank()) {
            return "runId";
        }
        if (objectTypeRequired && envelope.objectType() == null) {
            return "objectType";
        }
        if (envelope.sourceId() == null) {
            return "sourceId";
        }
        if (envelope.sourceRow() == null) {
            return "sourceRow";
        }
        if (envelope.payload() == null) {
            return "payload";
        }
        return null;
    }

    /** Reads the envelope fields one by one, so a bad payload still leaves the reject attributable. */
    private static Envelope<Void> salvage(JsonNode tree) {
        String runId = text(tree, "runId");
        ObjectType objectType = null;
        try {
            objectType = tree.hasNonNull("objectType") ? Json.MAPPER.convertValue(tree.get("objectType"), ObjectType.class) : null;
        } catch (IllegalArgumentException ignored) {
            // an unknown object type stays unknown; the reason already says what was wrong
        }
        SourceRow row = null;
        JsonNode rowNode = tree.get("sourceRow");
        if (rowNode != null && rowNode.hasNonNull("file") && rowNode.path("line").canConvertToLong()) {
            row = new SourceRow(rowNode.get("file").asText(), rowNode.get("line").asLong());
        }
        return new Envelope<>(runId, objectType, text(tree, "sourceId"), row, tree.path("schemaVersion").asInt(0), null);
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ORIGINAL_CHARS ? text : text.substring(0, MAX_ORIGINAL_CHARS) + "…";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
