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

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes commands, their transformed events (gathered, many records to an event) and rejects; each
 * future completes when Kafka holds the message.
 */
@ApplicationScoped
public class TransformerPublisher {

    private final EnvelopePublisher publisher;
    private final TransformedEvents transformedEvents;

    TransformerPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                         @ConfigProperty(name = "transformer.events.batch-size", defaultValue = "500") int eventBatchSize,
                         @ConfigProperty(name = "transformer.events.linger", defaultValue = "PT0.02S") Duration eventLinger) {
        this.publisher = new EnvelopePublisher(bootstrapServers);
        this.transformedEvents = new TransformedEvents(publisher, eventBatchSize, eventLinger);
    }

    /**
     * The command, on the event's target topic, and the event saying it exists; both must be durable
     * before the input is acknowledged.
     */
    public CompletableFuture<Void> command(String key, Envelope<?> command, RecordTransformed transformed) {
        return CompletableFuture.allOf(publisher.publish(transformed.target(), key, command), transformedEvents.add(command, transformed));
    }

    /** Says a record became part of a command on {@code topic}, with the facts the hand-off reports need of it. */
    public CompletableFuture<Void> transformed(Envelope<?> record, String topic, Map<String, String> facts) {
        return transformedEvents.add(record, new RecordTransformed(topic, null, null, facts));
    }

    /** Held records are told on the events topic, keyed like the record, with the columns a hand-off document lists. */
    public CompletableFuture<Void> held(Envelope<?> record, String reason, Map<String, String> fields) {
        return publisher.publish(Topics.EVENTS, record.withPayload(new RecordHeld(reason, fields)));
    }

    public CompletableFuture<Void> reject(Envelope<Reject> reject) {
        return publisher.publish(Topics.REJECTS, reject);
    }

    @PreDestroy
    void close() {
        transformedEvents.close();
        publisher.close();
    }
}
