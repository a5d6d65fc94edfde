package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/** Reads what the loaders did with each record; one transaction per batch. */
@ApplicationScoped
public class ResultConsumer {

    private static final EnvelopeSerde<LoadResult> SERDE = new EnvelopeSerde<>(LoadResult.class);

    private final OutcomeStore outcomes;
    private final KnownRunIds runs;
    private final UnreadableMessages unreadable;

    ResultConsumer(OutcomeStore outcomes, KnownRunIds runs, UnreadableMessages unreadable) {
        this.outcomes = outcomes;
        this.runs = runs;
        this.unreadable = unreadable;
    }

    @Incoming(Topics.RESULTS)
    @Blocking
    @Transactional
    public void onResults(List<byte[]> batch) {
        for (byte[] message : batch) {
            Decoded<LoadResult> decoded = SERDE.decode(message);
            if (!(decoded instanceof Decoded.Readable<LoadResult> readable)) {
                unreadable.report(Topics.RESULTS, (Decoded.Unreadable<?>) decoded);
                continue;
            }
            Envelope<LoadResult> result = readable.envelope();
            if (!runs.contains(result.runId())) {
                unreadable.foreign(Topics.RESULTS, result.runId());
                continue;
            }
            LoadResult outcome = result.payload();
            outcomes.record(outcome.status() == LoadResult.Status.LOADED
                    ? new RecordFact(result, Outcome.LOADED, "load", null, null, outcome.intercomId())
                    : new RecordFact(result, Outcome.FAILED, "load", "intercom-refused", outcome.reason(), null));
        }
    }
}
