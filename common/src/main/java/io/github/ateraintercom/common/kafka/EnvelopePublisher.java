package io.github.ateraintercom.common.kafka;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes envelopes keyed by their Atera id, so every message about one record lands on one
 * partition in order; a message without an id (an unattributable reject) is keyed by its run.
 */
public final class EnvelopePublisher implements AutoCloseable {

    private final RecordProducer producer;

    public EnvelopePublisher(String bootstrapServers) {
        this(bootstrapServers, Map.of());
    }

    public EnvelopePublisher(String bootstrapServers, Map<String, Object> overrides) {
        this.producer = new RecordProducer(bootstrapServers, overrides);
    }

    /** Completes when Kafka holds the message. */
    public CompletableFuture<Void> publish(String topic, Envelope<?> envelope) {
        String key = envelope.sourceId() != null ? envelope.sourceId() : envelope.runId();
        return publish(topic, key, envelope);
    }

    public CompletableFuture<Void> publish(String topic, String key, Envelope<?> envelope) {
        return producer.send(topic, key, EnvelopeSerde.encode(envelope)).thenApply(metadata -> null);
    }

    /** Blocks until every message published so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
