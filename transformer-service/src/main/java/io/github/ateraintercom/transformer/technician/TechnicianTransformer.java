package io.github.ateraintercom.transformer.technician;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Turns each Atera technician into a teammate to match, or a reject naming the column and the reason. */
@ApplicationScoped
public class TechnicianTransformer {

    private final RecordPipeline pipeline;

    TechnicianTransformer(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming("atera.technicians")
    public CompletionStage<Void> onTechnician(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, RecordPipeline.eachRow((row, run) -> pipeline.publish(row, Topics.INTERCOM_TEAMMATES, row.sourceId(),
                TechnicianToTeammate.map(row.payload()))));
    }
}
