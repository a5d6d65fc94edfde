package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.function.Consumer;

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
            if (!(decoded instanceof Decoded.Readable<P> readable)) {
                meters.counter("migration_unreadable_messages_total", "topic", topic).increment();
                LOG.warnf("unreadable message on %s: %s", topic, ((Decoded.Unreadable<P>) decoded).reason());
            } else if (!runs.contains(readable.envelope().runId())) {
                meters.counter("migration_foreign_messages_total", "topic", topic).increment();
                LOG.debugf("message on %s for run %s, which this orchestrator does not know", topic, readable.envelope().runId());
            } else {
                action.accept(readable.envelope());
            }
        }
    }
}
