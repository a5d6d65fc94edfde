package io.github.ateraintercom.common.kafka;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

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

    /**
     * Runs {@code work}, whose messages become visible all together when it returns, or not at all
     * when it throws. Needs a publisher created with a {@code transactional.id}.
     */
    public <T> T inTransaction(Supplier<T> work) {
        producer.beginTransaction();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            producer.abortTransaction();
            throw e;
        }
        producer.commitTransaction();
        return result;
    }

    @Override
    public void close() {
        producer.close();
    }
}
