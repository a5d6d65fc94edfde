package io.github.ateraintercom.transformer.pipeline;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Rejects;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.intercom.SourceRef;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.control.RunDirectory;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import io.github.ateraintercom.transformer.publish.TransformerPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

/**
 * What every raw record goes through, whatever its object: decoded (or rejected as unreadable),
 * matched to its run (or rejected as belonging to none), then handed to the object's step. The
 * input is acknowledged only when its output is durable, but the next record does not wait for
 * that: Kafka commits only the offsets below the oldest unacknowledged record.
 */
@ApplicationScoped
public class RecordPipeline {

    private static final EnvelopeSerde<AteraRow> SERDE = new EnvelopeSerde<>(AteraRow.class);

    private final TransformerPublisher publisher;
    private final RunDirectory runs;
    private final MeterRegistry meters;
    private final Duration runWait;

    RecordPipeline(TransformerPublisher publisher, RunDirectory runs, MeterRegistry meters,
                   @ConfigProperty(name = "transformer.run-wait", defaultValue = "PT30S") Duration runWait) {
        this.publisher = publisher;
        this.runs = runs;
        this.meters = meters;
        this.runWait = runWait;
    }

    /** Runs {@code step} on the message's record; the step's future completes when its output is durable. */
    public CompletionStage<Void> accept(Message<byte[]> message,
                                        BiFunction<Envelope<AteraRow>, RunStarted, CompletableFuture<Void>> step) {
        Decoded<AteraRow> decoded = SERDE.decode(message.getPayload());
        CompletableFuture<Void> done = decoded instanceof Decoded.Readable<AteraRow> readable
                ? withRun(readable.envelope(), step)
                : publisher.reject(Rejects.unreadable((Decoded.Unreadable<?>) decoded, Stage.TRANSFORM, origin(message)))
                        .thenRun(() -> count("unreadable", "rejected"));
        done.whenComplete((ignored, error) -> {
            if (error == null) {
                message.ack();
            } else {
                message.nack(error);
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Publishes the mapped command to {@code topic} with its warnings and at-risk links on the record's
     * transformed event, or rejects the record with the rule that refused it.
     */
    public <C> CompletableFuture<Void> publish(Envelope<AteraRow> row, String topic, String key, MappingResult<C> result) {
        if (result instanceof MappingResult.Mapped<C> mapped) {
            return publisher.command(key, row.withPayload(mapped.command()),
                    new RecordTransformed(topic, mapped.warnings(), mapped.atRiskLinks()))
                    .thenRun(() -> count(row.objectType().wireName(), "transformed"));
        }
        return refuse(row, (MappingResult.Refused<C>) result);
    }

    /** Rejects the record with the rule that refused it, naming its file, line and column. */
    public CompletableFuture<Void> refuse(Envelope<AteraRow> row, MappingResult.Refused<?> refused) {
        return reject(row, new Reject(Stage.TRANSFORM, refused.rule(), refused.column(),
                row.sourceRow().file() + " line " + row.sourceRow().line()
                        + (refused.column() == null ? "" : " column " + refused.column()) + ": " + refused.message(),
                String.join(",", row.payload().fields().values())));
    }

    /** Tells that a record folded into another's command (a comment into its conversation) is transformed with it. */
    public CompletableFuture<Void> transformed(String runId, SourceRef record, String topic) {
        return publisher.transformed(Envelope.of(runId, record.objectType(), record.sourceId(), record.sourceRow(), topic), topic)
                .thenRun(() -> count(record.objectType().wireName(), "transformed"));
    }

    /** Keeps the record out of Intercom, accounted for with its reason. */
    public CompletableFuture<Void> hold(Envelope<AteraRow> row, String reason) {
        return publisher.held(row, reason).thenRun(() -> count(row.objectType().wireName(), "held"));
    }

    private CompletableFuture<Void> withRun(Envelope<AteraRow> row,
                                            BiFunction<Envelope<AteraRow>, RunStarted, CompletableFuture<Void>> step) {
        Optional<RunStarted> run = runs.await(row.runId(), runWait);
        if (run.isEmpty()) {
            return reject(row, new Reject(Stage.TRANSFORM, "unknown-run", null,
                    "run " + row.runId() + " was never started on " + Topics.CONTROL, null));
        }
        return step.apply(row, run.get());
    }

    private CompletableFuture<Void> reject(Envelope<AteraRow> row, Reject reject) {
        return publisher.reject(row.withPayload(reject)).thenRun(() -> count(row.objectType().wireName(), "rejected"));
    }

    private void count(String object, String outcome) {
        meters.counter("migration_transform_records_total", "object", object, "outcome", outcome).increment();
    }

    private static String origin(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getTopic() + "-" + kafka.getPartition() + "@" + kafka.getOffset())
                .orElse("unknown topic");
    }
}
