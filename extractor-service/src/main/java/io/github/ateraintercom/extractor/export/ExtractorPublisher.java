package io.github.ateraintercom.extractor.export;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.extractor.source.ExtractionSink;
import io.github.ateraintercom.extractor.source.FatalSourceError;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Publishes extracted rows, rejects and file events. Each file (or API list) is one Kafka
 * transaction: its rows, its rejects and its closing event become visible together, and a file that
 * fails half-way publishes nothing that read-committed consumers could see. Sends inside are
 * asynchronous for speed.
 */
@ApplicationScoped
public class ExtractorPublisher implements ExtractionSink {

    private final EnvelopePublisher publisher;
    private final MeterRegistry meters;

    ExtractorPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry meters) {
        // a fresh id per instance: a re-extraction after a crash republishes whole files anyway;
        // reading an object from Atera's API at a polite request rate takes minutes, so a transaction
        // may live up to the broker's default ceiling (transaction.max.timeout.ms) instead of one minute.
        // Nothing of a file is visible before its commit, so waiting 50 ms to fill a batch costs no
        // latency: batches grow from about 70 to 200 KB and the broker needs a quarter less CPU.
        // lz4, not zstd: zstd is 40 % smaller but compresses on the one reading thread, which then
        // needs about half as much CPU again (figures in the README's benchmark).
        this.publisher = new EnvelopePublisher(bootstrapServers, Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "extractor-" + UUID.randomUUID(),
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 900_000,
                ProducerConfig.LINGER_MS_CONFIG, 50,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4"));
        this.meters = meters;
    }

    /** Runs the publication of one file (or one run event) as a single all-or-nothing transaction. */
    public <T> T atomically(String what, Supplier<T> work) {
        try {
            return publisher.inTransaction(work);
        } catch (KafkaException e) {
            throw new FatalSourceError("Kafka did not accept every record of " + what + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void record(Envelope<AteraRow> row) {
        ObjectType type = row.objectType();
        publisher.publish(type.topic(), type.partitionKey(row.sourceId(), row.payload().fields()), row);
        meters.counter("migration_extracted_rows_total", "object", row.objectType().wireName()).increment();
    }

    @Override
    public void reject(Envelope<Reject> reject) {
        publisher.publish(Topics.REJECTS, reject);
        meters.counter("migration_extract_rejected_rows_total", "object", reject.objectType().wireName()).increment();
    }

    /** A run-wide event in a transaction of its own. */
    public void eventAlone(String what, Envelope<? extends MigrationEvent> event) {
        atomically(what, () -> {
            event(event);
            return event;
        });
    }

    /** Events are keyed by run so a run's events stay in order on one partition. */
    public void event(Envelope<? extends MigrationEvent> event) {
        publisher.publish(Topics.EVENTS, event.runId(), event);
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
