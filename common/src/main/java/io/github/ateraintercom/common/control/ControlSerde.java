package io.github.ateraintercom.common.control;

import io.github.ateraintercom.common.envelope.MessageSerde;

import java.util.Optional;

/** JSON for control messages; an unreadable one is reported, never fatal to the consumer. */
public final class ControlSerde {

    private static final MessageSerde<ControlMessage> SERDE = new MessageSerde<>(ControlMessage.class, "control message",
            ControlMessage::runId);

    private ControlSerde() {
    }

    public static byte[] encode(ControlMessage message) {
        return SERDE.encode(message);
    }

    /** The message, or empty when the bytes are not a control message this version knows. */
    public static Optional<ControlMessage> decode(byte[] bytes) {
        return SERDE.decode(bytes);
    }
}
