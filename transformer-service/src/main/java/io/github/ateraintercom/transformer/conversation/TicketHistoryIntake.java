package io.github.ateraintercom.transformer.conversation;

import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stages every ticket, comment and work hour of a known run, and the custom values, tags and contracts
 * joined to their records at assembly, a polled batch per statement; a batch is acknowledged once it is stored.
 */
@ApplicationScoped
public class TicketHistoryIntake {

    private final RecordPipeline pipeline;
    private final TicketStaging staging;

    TicketHistoryIntake(RecordPipeline pipeline, TicketStaging staging) {
        this.pipeline = pipeline;
        this.staging = staging;
    }

    @Incoming("atera.tickets")
    @Blocking(ordered = false)
    public CompletionStage<Void> onTicket(KafkaRecordBatch<String, byte[]> batch) {
        return stage(batch);
    }

    @Incoming("atera.ticket_comments")
    @Blocking(ordered = false)
    public CompletionStage<Void> onComment(KafkaRecordBatch<String, byte[]> batch) {
        return stage(batch);
    }

    @Incoming("atera.work_hours")
    @Blocking(ordered = false)
    public CompletionStage<Void> onWorkHour(KafkaRecordBatch<String, byte[]> batch) {
        return stage(batch);
    }

    @Incoming("atera.custom_values")
    @Blocking(ordered = false)
    public CompletionStage<Void> onCustomValue(KafkaRecordBatch<String, byte[]> batch) {
        return stage(batch);
    }

    @Incoming("atera.tags")
    @Blocking(ordered = false)
    public CompletionStage<Void> onTag(KafkaRecordBatch<String, byte[]> batch) {
        return stage(batch);
    }

    @Incoming("atera.contracts")
    @Blocking(ordered = false)
    public CompletionStage<Void> onContract(KafkaRecordBatch<String, byte[]> batch) {
        return stage(batch);
    }

    private CompletionStage<Void> stage(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, (rows, run) -> {
            staging.stage(run.runId(), rows);
            return CompletableFuture.completedFuture(null);
        });
    }
}
