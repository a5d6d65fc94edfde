package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a batch from one of the topics the orchestrator ends: hands on each envelope of a run it
 * owns. What it cannot read, or what belongs to another orchestrator's run, cannot be re-published
 * anywhere further, so it is logged and counted for an operator.
 */
@ApplicationScoped
public class RunMessages {

    private static final Logger LOG = Logger.getLogger(RunMessages.class);

    private final KnownRunIds runs;
    private final MeterRegistry meters;

    RunMessages(KnownRunIds runs, MeterRegistry meters) {
        this.runs = runs;
        this.meters = meters;
    }

    <P> void forEach(String topic, List<byte[]> batch, EnvelopeSerde<P> serde, Consumer<Envelope<P>> action) {
        for (byte[] message : batch) {
            Decoded<P> decoded = serde.decode(message);
            if (decoded instanceof Decoded.Readable<P> readable) {
                accept(topic, readable.envelope().runId(), readable.envelope(), action);
            } else {
                unreadable(topic, ((Decoded.Unreadable<P>) decoded).reason());
            }
        }
    }

    /** The same for a topic of plain messages ({@code decode} empty: unreadable), e.g. what the loaders tell of an order. */
    public <M> void forEach(String topic, List<byte[]> batch, Function<byte[], Optional<M>> decode, Function<M, String> runId,
                            Consumer<M> action) {
        for (byte[] message : batch) {
            Optional<M> decoded = decode.apply(message);
            if (decoded.isPresent()) {
                accept(topic, runId.apply(decoded.get()), decoded.get(), action);
            } else {
                unreadable(topic, "not a message this version knows");
            }
        }
    }

    private <M> void accept(String topic, String runId, M message, Consumer<M> action) {
        if (runs.contains(runId)) {
            action.accept(message);
        } else {
            meters.counter("migration_foreign_messages_total", "topic", topic).increment();
            LOG.debugf("message on %s for run %s, which this orchestrator does not know", topic, runId);
        }
    }

    private void unreadable(String topic, String reason) {
        meters.counter("migration_unreadable_messages_total", "topic", topic).increment();
        LOG.warnf("unreadable message on %s: %s", topic, reason);
    }
}
