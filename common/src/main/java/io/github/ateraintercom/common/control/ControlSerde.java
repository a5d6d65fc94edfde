package io.github.ateraintercom.common.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ateraintercom.common.envelope.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** JSON for control messages; an unreadable one is reported, never fatal to the consumer. */
public final class ControlSerde {

    private ControlSerde() {
    }

    public static byte[] encode(ControlMessage message) {
        try {
            return Json.MAPPER.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("control message for run " + message.runId() + " cannot be written", e);
        }
    }

    /** The message, or empty when the bytes are not a control message this version knows. */
    public static Optional<ControlMessage> decode(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(bytes, ControlMessage.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
