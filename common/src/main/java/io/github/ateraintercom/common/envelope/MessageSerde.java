package io.github.ateraintercom.common.envelope;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * JSON for one family of run messages (control, rollback, verification): an unreadable one is
 * reported by its reader, never fatal.
 */
public final class MessageSerde<M> {

    private final Class<M> type;
    private final String what;
    private final Function<M, String> runId;

    public MessageSerde(Class<M> type, String what, Function<M, String> runId) {
        this.type = type;
        this.what = what;
        this.runId = runId;
    }

    public byte[] encode(M message) {
        try {
            return Json.MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(what + " for run " + runId.apply(message) + " cannot be written", e);
        }
    }

    /** The message, or empty when the bytes are not a message of this family this version knows. */
    public Optional<M> decode(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(bytes, type));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
