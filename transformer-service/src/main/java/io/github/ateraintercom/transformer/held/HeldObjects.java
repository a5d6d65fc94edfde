package io.github.ateraintercom.transformer.held;

import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.mapping.DefaultMap;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * The objects Intercom has no place for (the topics of the {@code held-objects} channel): each record
 * is held with the reason and the report that hands it to people, so the run still accounts for every
 * source row. Each held event carries the row's columns for that report: automation rules go to the
 * automation inventory, invoices to the billing hand-off.
 */
@ApplicationScoped
public class HeldObjects {

    private final RecordPipeline pipeline;

    HeldObjects(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming("held-objects")
    public CompletionStage<Void> onRecord(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, RecordPipeline.eachRow((row, run) -> pipeline.hold(row, reason(row.objectType()),
                row.payload().fields())));
    }

    private static String reason(ObjectType type) {
        return DefaultMap.handedOff(type.fileName())
                .orElseThrow(() -> new IllegalStateException(type.topic() + " is not one of the held-objects channel's topics"));
    }
}
