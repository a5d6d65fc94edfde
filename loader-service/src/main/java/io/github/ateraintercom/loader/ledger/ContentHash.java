package io.github.ateraintercom.loader.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ateraintercom.common.envelope.Json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of what was written, so an unchanged record is recognised and never sent again. A command
 * is hashed without the source rows it names ({@code sourceRow}: file and line): a newer export
 * shifts lines, and a record that moved in its file is still the same record.
 */
public final class ContentHash {

    private static final String SOURCE_ROW = "sourceRow";

    private ContentHash() {
    }

    public static String of(Object written) {
        try {
            JsonNode tree = Json.MAPPER.valueToTree(written);
            withoutSourceRows(tree);
            return of(Json.MAPPER.writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash " + written.getClass().getSimpleName(), e);
        }
    }

    private static void withoutSourceRows(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(SOURCE_ROW);
        }
        node.forEach(ContentHash::withoutSourceRows);
    }

    /** SHA-256 of these bytes, as lowercase hex. */
    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
