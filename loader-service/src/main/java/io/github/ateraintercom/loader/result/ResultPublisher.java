package io.github.ateraintercom.loader.result;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Publishes each record's outcome on {@code migration.results}, and unreadable commands as rejects. */
@ApplicationScoped
public class ResultPublisher {

    private final RecordProducer producer;

    ResultPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = new RecordProducer(bootstrapServers, Map.of());
    }

    public CompletableFuture<Void> result(Envelope<LoadResult> result) {
        return producer.send(Topics.RESULTS, result.sourceId(), EnvelopeSerde.encode(result)).thenApply(metadata -> null);
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
