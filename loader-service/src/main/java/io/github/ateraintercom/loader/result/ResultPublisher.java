package io.github.ateraintercom.loader.result;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.topics.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Publishes each record's outcome on {@code migration.results}, and unreadable commands as rejects. */
@ApplicationScoped
public class ResultPublisher {

    private final EnvelopePublisher publisher;

    ResultPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.publisher = new EnvelopePublisher(bootstrapServers);
    }

    public CompletableFuture<Void> result(Envelope<LoadResult> result) {
        return publisher.publish(Topics.RESULTS, result);
    }

    /**
     * Gives every row a command carries, other than the command's own, the command's outcome; returns
     * once each is durable, so the command is acknowledged only after.
     */
    public void carried(Envelope<?> command, List<SourceRef> carried, LoadResult result) {
        CompletableFuture.allOf(carried.stream().filter(row -> !row.sourceRow().equals(command.sourceRow()))
                .map(row -> result(Envelope.of(command.runId(), row.objectType(), row.sourceId(), row.sourceRow(), result)))
                .toArray(CompletableFuture[]::new)).join();
    }

    /** A run-wide fact for the orchestrator, on {@code migration.events}. */
    public CompletableFuture<Void> event(Envelope<? extends MigrationEvent> event) {
        return publisher.publish(Topics.EVENTS, event.runId(), event);
    }

    public CompletableFuture<Void> reject(Envelope<Reject> reject) {
        return publisher.publish(Topics.REJECTS, reject);
    }

    @PreDestroy
    void close() {
        publisher.close();
    }
}
