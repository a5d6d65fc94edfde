package io.github.ateraintercom.common.envelope;

import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;

/** Builds the rejects-topic message for a message a consumer could not read. */
public final class Rejects {

    public static final String UNREADABLE_RULE = "unreadable-message";

    private Rejects() {
    }

    /**
     * A reject for an unreadable message, attributed to whatever run and row could be salvaged;
     * {@code origin} names where it was read (topic, partition, offset) so it can be found again.
     */
    public static Envelope<Reject> unreadable(Decoded.Unreadable<?> unreadable, Stage stage, String origin) {
        Envelope<Void> known = unreadable.salvaged();
        Reject reject = new Reject(stage, UNREADABLE_RULE, null,
                "message at " + origin + " cannot be read: " + unreadable.reason(), unreadable.original());
        if (known == null) {
            return new Envelope<>(null, null, null, null, Envelope.SCHEMA_VERSION, reject);
        }
        return new Envelope<>(known.runId(), known.objectType(), known.sourceId(), known.sourceRow(),
                Envelope.SCHEMA_VERSION, reject);
    }
}
