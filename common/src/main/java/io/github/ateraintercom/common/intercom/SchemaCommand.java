package io.github.ateraintercom.common.intercom;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ateraintercom.common.mapping.AttributeSpec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * One thing a run creates in Intercom before its data (phase {@code schema}): a custom
 * {@code attribute} of a {@code model} (company, contact or conversation) as its spec says, a
 * {@code tag} by name, or a Help Center {@code collection} by its path of names, top first (its
 * parent is an item of its own, published before it). Each is a record of the run, counted and
 * reconciled like a source row.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchemaCommand(Kind kind, String model, AttributeSpec attribute, String tag, List<String> collection) {

    /** The source every schema item names; its line is the item's place in the run's schema. */
    public static final String SOURCE = "schema (the run's custom attributes, tags and Help Center collections)";

    /** Every collection item shares one key, so a parent is always created before its children. */
    private static final String COLLECTIONS_KEY = "collections";
    /** What a source id may hold, in the ledger and in the reconciliation. */
    private static final int MAX_SOURCE_ID = 255;

    public enum Kind { ATTRIBUTE, TAG, COLLECTION }

    public SchemaCommand {
        collection = collection == null ? List.of() : List.copyOf(collection);
    }

    public static SchemaCommand attribute(String model, AttributeSpec spec) {
        return new SchemaCommand(Kind.ATTRIBUTE, model, spec, null, null);
    }

    public static SchemaCommand tag(String name) {
        return new SchemaCommand(Kind.TAG, null, null, name, null);
    }

    public static SchemaCommand collection(List<String> path) {
        return new SchemaCommand(Kind.COLLECTION, null, null, null, path);
    }

    /**
     * The item's id in the run, e.g. {@code attribute company business_number}, {@code tag VIP},
     * {@code collection Hardware > Printers}; a name too long to be an id is cut and keeps its hash.
     */
    @JsonIgnore
    public String sourceId() {
        String id = switch (kind) {
            case ATTRIBUTE -> "attribute " + model + " " + attribute.name();
            case TAG -> "tag " + tag;
            case COLLECTION -> "collection " + String.join(" > ", collection);
        };
        return id.length() <= MAX_SOURCE_ID ? id : id.substring(0, MAX_SOURCE_ID - 34) + "… " + sha256(id).substring(0, 32);
    }

    /** The Kafka key: the item's id, or one key for every collection. */
    @JsonIgnore
    public String key() {
        return kind == Kind.COLLECTION ? COLLECTIONS_KEY : sourceId();
    }

    /** The fingerprint of a run's schema, its items in order: what a file's checksum is to its rows. */
    public static String checksum(List<SchemaCommand> items) {
        return sha256(String.join("\n", items.stream().map(SchemaCommand::sourceId).toList()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
