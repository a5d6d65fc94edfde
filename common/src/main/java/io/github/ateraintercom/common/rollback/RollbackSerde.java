package io.github.ateraintercom.common.rollback;

import io.github.ateraintercom.common.envelope.MessageSerde;

import java.util.Optional;

/** JSON for rollback messages; an unreadable one is reported by its reader, never fatal. */
public final class RollbackSerde {

    private static final MessageSerde<RollbackMessage> SERDE = new MessageSerde<>(RollbackMessage.class, "rollback message",
            RollbackMessage::runId);

    private RollbackSerde() {
    }

    public static byte[] encode(RollbackMessage message) {
        return SERDE.encode(message);
    }

    /** The message, or empty when the bytes are not a rollback message this version knows. */
    public static Optional<RollbackMessage> decode(byte[] bytes) {
        return SERDE.decode(bytes);
    }
}
