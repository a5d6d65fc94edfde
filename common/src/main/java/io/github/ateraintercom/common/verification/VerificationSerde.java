package io.github.ateraintercom.common.verification;

import io.github.ateraintercom.common.envelope.MessageSerde;

import java.util.Optional;

/** JSON for verification messages; an unreadable one is reported by its reader, never fatal. */
public final class VerificationSerde {

    private static final MessageSerde<VerificationMessage> SERDE = new MessageSerde<>(VerificationMessage.class,
            "verification message", VerificationMessage::runId);

    private VerificationSerde() {
    }

    public static byte[] encode(VerificationMessage message) {
        return SERDE.encode(message);
    }

    /** The message, or empty when the bytes are not a verification message this version knows. */
    public static Optional<VerificationMessage> decode(byte[] bytes) {
        return SERDE.decode(bytes);
    }
}
