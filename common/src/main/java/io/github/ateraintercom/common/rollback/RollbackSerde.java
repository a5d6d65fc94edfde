package io.github.ateraintercom.common.rollback;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ateraintercom.common.envelope.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** JSON for rollback messages; an unreadable one is reported by its reader, never fatal. */
public final class RollbackSerde {

    private RollbackSerde() {
    }

    public static byte[] encode(RollbackMessage message) {
        try {
            return Json.MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("rollback message for run " + message.runId() + " cannot be written", e);
        }
    }

    /** The message, or empty when the bytes are not a rollback message this version knows. */
    public static Optional<RollbackMessage> decode(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(bytes, RollbackMessage.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
