package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.ZoneId;
import java.util.concurrent.CompletionStage;

/** Turns each raw Atera customer into an Intercom company command, or a reject naming the column and the reason. */
@ApplicationScoped
public class CustomerTransformer {

    private final RecordPipeline pipeline;

    CustomerTransformer(RecordPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Incoming(Topics.ATERA_CUSTOMERS)
    public CompletionStage<Void> onCustomer(Message<byte[]> message) {
        return pipeline.accept(message, (row, run) -> pipeline.publish(row, Topics.INTERCOM_COMPANIES, row.sourceId(),
                CustomerToCompany.map(row.payload(), ZoneId.of(run.accountTimeZone()), run.mapping())));
    }
}
