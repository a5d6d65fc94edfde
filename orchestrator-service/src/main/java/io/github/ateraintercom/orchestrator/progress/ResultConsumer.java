package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.orchestrator.teammates.UnmatchedTechnicians;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Reads what the loaders did with each record (what a dry run would do is settled like a load), with
 * the change a delta made or would make of it, and queues the technicians they could not match for
 * the operator; one transaction per batch.
 */
@ApplicationScoped
public class ResultConsumer {

    private static final EnvelopeSerde<LoadResult> SERDE = new EnvelopeSerde<>(LoadResult.class);

    private final OutcomeStore outcomes;
    private final RunMessages messages;
    private final UnmatchedTechnicians technicians;

    ResultConsumer(OutcomeStore outcomes, RunMessages messages, UnmatchedTechnicians technicians) {
        this.outcomes = outcomes;
        this.messages = messages;
        this.technicians = technicians;
    }

    @Incoming(Topics.RESULTS)
    @Blocking
    public void onResults(List<byte[]> batch) {
        BatchTransaction.run(Topics.RESULTS, () -> {
            messages.forEach(Topics.RESULTS, batch, SERDE, result -> {
                LoadResult outcome = result.payload();
                outcomes.record(switch (outcome.status()) {
                    case LOADED -> new RecordFact(result, Outcome.LOADED, "load", null, null, outcome.intercomId(), outcome.detail(),
                            outcome.change());
                    case PLANNED -> new RecordFact(result, Outcome.PLANNED, "load", null, null, outcome.intercomId(), outcome.detail(),
                            outcome.change());
                    case FAILED -> new RecordFact(result, Outcome.FAILED, "load", "intercom-refused", outcome.reason(), null, outcome.detail(),
                            outcome.change());
                    case HELD -> new RecordFact(result, Outcome.HELD, "load", "unresolved-reference", outcome.reason(), null,
                            outcome.detail(), outcome.change());
                });
                technicians.record(result);
            });
        });
    }
}
