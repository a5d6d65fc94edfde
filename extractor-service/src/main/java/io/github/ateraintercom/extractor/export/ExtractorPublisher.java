package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.extractor.csv.FatalFileError;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.annotation.PreDestroy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes extracted rows, rejects and file events. Sends are asynchronous for throughput; a file
 * is reported complete only after {@link #awaitDelivery} confirmed the broker holds every record.
 */
@ApplicationScoped
public class ExtractorPublisher {

    private final EnvelopePublisher publisher;
    private final MeterRegistry meters;
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    ExtractorPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry meters) {
        this.publisher = new EnvelopePublisher(bootstrapServers);
        this.meters = meters;
    }

    void record(Envelope<AteraRow> row) {
        send(row.objectType().topic(), row.sourceId(), row);
        meters.counter("migration_extracted_rows_total", "object", row.objectType().wireName()).increment();
    }

    void reject(Envelope<Reject> reject) {
        send(Topics.REJECTS, reject.sourceId(), reject);
        meters.counter("migration_extract_rejected_rows_total", "object", reject.objectType().wireName()).increment();
    }

    /** Events are keyed by run so a run's events stay in order on one partition. */
    void event(Envelope<? extends MigrationEvent> event) {
        send(Topics.EVENTS, event.runId(), event);
        awaitDelivery("event " + event.sourceId());
    }

    void awaitDelivery(String what) {
        publisher.flush();
        Throwable failure = firstFailure.getAndSet(null);
        if (failure != null) {
            throw new FatalFileError("Kafka did not accept every record of " + what + ": " + failure.getMessage(), failure);
        }
    }

    private void send(String topic, String key, Envelope<?> envelope) {
        publisher.publish(topic, key, envelope)
                .whenComplete((sent, error) -> {
                    if (error != null) {
                        firstFailure.compareAndSet(null, error);
                    }
                });
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
