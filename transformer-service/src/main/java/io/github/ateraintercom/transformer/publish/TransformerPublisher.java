package io.github.ateraintercom.transformer.publish;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.outcome.Reject;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Publishes commands, their transformed events and rejects; each future completes when Kafka holds the message. */
@ApplicationScoped
public class TransformerPublisher {

    private final RecordProducer producer;

    TransformerPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = new RecordProducer(bootstrapServers, Map.of());
    }

    /** The command and the event saying it exists; both must be durable before the input is acknowledged. */
    public CompletableFuture<Void> command(String topic, Envelope<?> command) {
        Envelope<RecordTransformed> event = command.withPayload(new RecordTransformed(topic));
        return CompletableFuture.allOf(
                producer.send(topic, command.sourceId(), EnvelopeSerde.encode(command)),
                producer.send(Topics.EVENTS, command.sourceId(), EnvelopeSerde.encode(event)));
    }

    public CompletableFuture<Void> reject(Envelope<Reject> reject) {
        String key = reject.sourceId() != null ? reject.sourceId() : reject.runId();
        return producer.send(Topics.REJECTS, key, EnvelopeSerde.encode(reject)).thenApply(metadata -> null);
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
