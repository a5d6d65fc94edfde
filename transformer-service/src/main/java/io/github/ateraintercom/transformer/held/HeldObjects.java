package io.github.ateraintercom.transformer.held;

import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * The objects this release extracts but does not yet map to Intercom (the topics of the
 * {@code held-objects} channel): each record is held with that reason, so the run still accounts for
 * every source row and its report lists them, instead of the run waiting for them forever. Each held
 * event carries the row's columns: automation rules and invoices are handed off in the run's
 * automation-inventory and billing-handoff reports.
 */
@ApplicationScoped
public class HeldObjects {

    private final RecordPipeline pipeline;

    HeldObjects(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming("held-objects")
    public CompletionStage<Void> onRecord(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, RecordPipeline.eachRow((row, run) -> pipeline.hold(row,
                "no Intercom mapping for " + row.objectType().wireName().replace('_', ' ') + " records in this release",
                row.payload().fields())));
    }
}
