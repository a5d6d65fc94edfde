package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Reads the dead-letter topic: every rejected row is stored with its stage, rule and reason. */
@ApplicationScoped
public class RejectConsumer {

    private static final EnvelopeSerde<Reject> SERDE = new EnvelopeSerde<>(Reject.class);

    private final OutcomeStore outcomes;
    private final KnownRunIds runs;
    private final UnreadableMessages unreadable;

    RejectConsumer(OutcomeStore outcomes, KnownRunIds runs, UnreadableMessages unreadable) {
        this.outcomes = outcomes;
        this.runs = runs;
        this.unreadable = unreadable;
    }

    @Incoming(Topics.REJECTS)
    @Blocking
    @Transactional
    public void onRejects(List<byte[]> batch) {
        for (byte[] message : batch) {
            Decoded<Reject> decoded = SERDE.decode(message);
            if (!(decoded instanceof Decoded.Readable<Reject> readable)) {
                unreadable.report(Topics.REJECTS, (Decoded.Unreadable<?>) decoded);
                continue;
            }
            Envelope<Reject> reject = readable.envelope();
            if (!runs.contains(reject.runId())) {
                unreadable.foreign(Topics.REJECTS, reject.runId());
                continue;
            }
            Reject why = reject.payload();
            outcomes.record(new RecordFact(reject, Outcome.REJECTED, why.stage().wireName(), why.rule(), why.message(), null));
        }
    }
}
