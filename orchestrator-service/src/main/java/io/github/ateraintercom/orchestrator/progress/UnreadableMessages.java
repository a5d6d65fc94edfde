package io.github.ateraintercom.orchestrator.progress;

import io.github.ateraintercom.common.envelope.Decoded;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Messages the orchestrator reads but cannot attribute to one of its runs. It is the end of the
 * line for these topics, so they are logged and counted for an operator rather than re-published.
 */
@ApplicationScoped
public class UnreadableMessages {

    private static final Logger LOG = Logger.getLogger(UnreadableMessages.class);

    private final MeterRegistry meters;

    UnreadableMessages(MeterRegistry meters) {
        this.meters = meters;
    }

    void report(String topic, Decoded.Unreadable<?> unreadable) {
        meters.counter("migration_unreadable_messages_total", "topic", topic).increment();
        LOG.warnf("unreadable message on %s: %s", topic, unreadable.reason());
    }

    void foreign(String topic, String runId) {
        meters.counter("migration_foreign_messages_total", "topic", topic).increment();
        LOG.debugf("message on %s for run %s, which this orchestrator does not know", topic, runId);
    }
}
