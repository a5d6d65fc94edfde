package io.github.ateraintercom.transformer.publish;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.RecordHeld;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.CompletableFuture;

/** Publishes commands, their transformed events and rejects; each future completes when Kafka holds the message. */
@ApplicationScoped
public class TransformerPublisher {

    private final EnvelopePublisher publisher;

    TransformerPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.publisher = new EnvelopePublisher(bootstrapServers);
    }

    /**
     * The command, on the event's target topic, and the event saying it exists; both must be durable
     * before the input is acknowledged.
     */
    public CompletableFuture<Void> command(String key, Envelope<?> command, RecordTransformed transformed) {
        return CompletableFuture.allOf(
                publisher.publish(transformed.target(), key, command),
                publisher.publish(Topics.EVENTS, command.withPayload(transformed)));
    }

    /** Says a record became part of a command on {@code topic}. */
    public CompletableFuture<Void> transformed(Envelope<?> record, String topic) {
        return publisher.publish(Topics.EVENTS, record.withPayload(new RecordTransformed(topic)));
    }

    /** Held records are told on the events topic, keyed like the record. */
    public CompletableFuture<Void> held(Envelope<?> record, String reason) {
        return publisher.publish(Topics.EVENTS, record.withPayload(new RecordHeld(reason)));
    }

    public CompletableFuture<Void> reject(Envelope<Reject> reject) {
        return publisher.publish(Topics.REJECTS, reject);
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
