package io.github.ateraintercom.common.envelope;

/** The outcome of reading a message: an envelope, or the reason it could not be read. */
public sealed interface Decoded<P> {

    record Readable<P>(Envelope<P> envelope) implements Decoded<P> {
    }

    /**
     * A message that is not a valid envelope. {@code salvaged} holds whatever envelope fields could
     * still be read (run, object, source row) so the reject can be attributed; its payload is null.
     */
    record Unreadable<P>(String reason, String original, Envelope<Void> salvaged) implements Decoded<P> {
    }
}
