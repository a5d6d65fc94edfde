package io.github.ateraintercom.extractor.source;

import io.github.ateraintercom.common.atera.ObjectType;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;

/**
 * Names a row by its object's key columns, joined with {@code /}. A comment has no id of its own, so
 * its author and a digest of its text are added: the same comment read again gets the same id,
 * which is what keeps a re-extraction idempotent downstream.
 */
final class RecordIdentity {

    private RecordIdentity() {
    }

    /** The row's id, or a {@link Missing} naming the first key column the row leaves empty. */
    static Result of(ObjectType type, Map<String, String> fields) {
        StringBuilder id = new StringBuilder();
        for (String column : type.keyColumns()) {
            String value = fields.get(column);
            if (value == null || value.isBlank()) {
                return new Missing(column, value == null ? " is missing" : " is empty");
            }
            if (!id.isEmpty()) {
                id.append('/');
            }
            id.append(value.strip());
        }
        if (type == ObjectType.TICKET_COMMENT) {
            id.append('/').append(commentAuthor(fields)).append('/').append(textDigest(fields));
        }
        return new Id(id.toString());
    }

    private static String commentAuthor(Map<String, String> fields) {
        String endUser = fields.getOrDefault("EndUserID", "").strip();
        if (!endUser.isEmpty()) {
            return "user-" + endUser;
        }
        String technician = fields.getOrDefault("TechnicianContactID", "").strip();
        return technician.isEmpty() ? "system" : "technician-" + technician;
    }

    private static String textDigest(Map<String, String> fields) {
        String text = fields.getOrDefault("Comment", "") + "\u0000" + fields.getOrDefault("CommentHtml", "");
        byte[] digest = Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    sealed interface Result permits Id, Missing {
    }

    record Id(String value) implements Result {
    }

    record Missing(String column, String problem) implements Result {
    }
}
