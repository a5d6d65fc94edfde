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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * What every raw record goes through, whatever its object: decoded (or rejected as unreadable),
 * matched to its run (or rejected as belonging to none), then handed to the object's step a polled
 * batch at a time, so what costs per call (a database round trip, a commit) is paid once per batch.
 * The batch is acknowledged only when every output is durable, but the next batch does not wait
 * for that: Kafka commits only the offsets below the oldest unacknowledged record.
 */
@ApplicationScoped
public class RecordPipeline {

    private static final EnvelopeSerde<AteraRow> SERDE = new EnvelopeSerde<>(AteraRow.class);

    private final TransformerPublisher publisher;
    private final RunDirectory runs;
    private final MeterRegistry meters;
    private final Duration runWait;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    RecordPipeline(TransformerPublisher publisher, RunDirectory runs, MeterRegistry meters,
                   @ConfigProperty(name = "transformer.run-wait", defaultValue = "PT30S") Duration runWait) {
        this.publisher = publisher;
        this.runs = runs;
        this.meters = meters;
        this.runWait = runWait;
    }

    /** What an object does with one run's records of a batch; the future completes when its output is durable. */
    @FunctionalInterface
    public interface Step {
        CompletableFuture<Void> apply(List<Envelope<AteraRow>> rows, RunStarted run);
    }

    /** A step that handles each record on its own. */
    public static Step eachRow(BiFunction<Envelope<AteraRow>, RunStarted, CompletableFuture<Void>> step) {
        return (rows, run) -> CompletableFuture.allOf(rows.stream().map(row -> step.apply(row, run)).toArray(CompletableFuture[]::new));
    }

    /** Runs {@code step} on the batch's records, run by run, and acknowledges the batch once all of it is durable. */
    public CompletionStage<Void> accept(KafkaRecordBatch<String, byte[]> batch, Step step) {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        Map<String, List<Envelope<AteraRow>>> byRun = new LinkedHashMap<>();
        for (KafkaRecord<String, byte[]> record : batch.getRecords()) {
            Decoded<AteraRow> decoded = SERDE.decode(record.getPayload());
            if (decoded instanceof Decoded.Readable<AteraRow> readable) {
                byRun.computeIfAbsent(readable.envelope().runId(), run -> new ArrayList<>()).add(readable.envelope());
            } else {
                done.add(publisher.reject(Rejects.unreadable((Decoded.Unreadable<?>) decoded, Stage.TRANSFORM,
                        origin(record)))
                        .thenRun(() -> count("unreadable", "rejected")));
            }
        }
        byRun.forEach((runId, rows) -> done.add(guarded(() -> withRun(runId, rows, step))));
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).whenComplete((ignored, error) -> {
            if (error == null) {
                batch.ack();
            } else {
                batch.nack(error);
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
                    new RecordTransformed(topic, mapped.warnings(), mapped.atRiskLinks(), mapped.facts()))
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
        return transformed(runId, record, topic, Map.of());
    }

    /** The same, with what the run's hand-off reports need of the record (a contract's columns). */
    public CompletableFuture<Void> transformed(String runId, SourceRef record, String topic, Map<String, String> facts) {
        return publisher.transformed(Envelope.of(runId, record.objectType(), record.sourceId(), record.sourceRow(), topic), topic, facts)
                .thenRun(() -> count(record.objectType().wireName(), "transformed"));
    }

    /** Keeps the record out of Intercom, accounted for with its reason. */
    public CompletableFuture<Void> hold(Envelope<AteraRow> row, String reason) {
        return hold(row, reason, Map.of());
    }

    /** Keeps the record out of Intercom with its reason and the columns a hand-off document lists (an invoice's). */
    public CompletableFuture<Void> hold(Envelope<AteraRow> row, String reason, Map<String, String> fields) {
        return publisher.held(row, reason, fields).thenRun(() -> count(row.objectType().wireName(), "held"));
    }

    private CompletableFuture<Void> withRun(String runId, List<Envelope<AteraRow>> rows, Step step) {
        Optional<RunStarted> run = runs.await(runId, runWait);
        if (run.isEmpty()) {
            return CompletableFuture.allOf(rows.stream().map(row -> reject(row, new Reject(Stage.TRANSFORM, "unknown-run", null,
                    "run " + runId + " was never started on " + Topics.CONTROL, null))).toArray(CompletableFuture[]::new));
        }
        return step.apply(rows, run.get());
    }

    /** A step that throws fails its future, so the batch is not acknowledged. */
    private static CompletableFuture<Void> guarded(Supplier<CompletableFuture<Void>> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<Void> reject(Envelope<AteraRow> row, Reject reject) {
        return publisher.reject(row.withPayload(reject)).thenRun(() -> count(row.objectType().wireName(), "rejected"));
    }

    private void count(String object, String outcome) {
        counters.computeIfAbsent(object + "/" + outcome,
                key -> meters.counter("migration_transform_records_total", "object", object, "outcome", outcome)).increment();
    }

    private static String origin(KafkaRecord<String, byte[]> record) {
        return record.getTopic() + "-" + record.getPartition() + record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> "@" + kafka.getOffset()).orElse("");
    }
}
