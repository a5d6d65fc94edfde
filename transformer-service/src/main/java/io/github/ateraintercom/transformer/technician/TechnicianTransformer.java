package io.github.ateraintercom.transformer.technician;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletionStage;

/** Turns each Atera technician into a teammate to match, or a reject naming the column and the reason. */
@ApplicationScoped
public class TechnicianTransformer {

    private final RecordPipeline pipeline;

    TechnicianTransformer(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming("atera.technicians")
    public CompletionStage<Void> onTechnician(Message<byte[]> message) {
        return pipeline.accept(message, (row, run) -> pipeline.publish(row, Topics.INTERCOM_TEAMMATES, row.sourceId(),
                TechnicianToTeammate.map(row.payload())));
    }
}
