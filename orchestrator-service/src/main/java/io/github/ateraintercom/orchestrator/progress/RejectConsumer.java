package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Reads the dead-letter topic: every rejected row is stored with its stage, rule and reason. */
@ApplicationScoped
public class RejectConsumer {

    private static final EnvelopeSerde<Reject> SERDE = new EnvelopeSerde<>(Reject.class);

    private final OutcomeStore outcomes;
    private final RunMessages messages;

    RejectConsumer(OutcomeStore outcomes, RunMessages messages) {
        this.outcomes = outcomes;
        this.messages = messages;
    }

    @Incoming(Topics.REJECTS)
    @Blocking
    public void onRejects(List<byte[]> batch) {
        BatchTransaction.run(Topics.REJECTS, () -> {
            messages.forEach(Topics.REJECTS, batch, SERDE, reject -> {
                Reject why = reject.payload();
                outcomes.record(new RecordFact(reject, Outcome.REJECTED, why.stage().wireName(), why.rule(), why.message(), null));
            });
        });
    }
}
