package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.conversation.TicketStaging;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.ZoneId;
import java.util.concurrent.CompletionStage;

/** Turns each raw Atera customer into an Intercom company command, or a reject naming the column and the reason. */
@ApplicationScoped
public class CustomerTransformer {

    private final RecordPipeline pipeline;
    private final TicketStaging staging;

    CustomerTransformer(RecordPipeline pipeline, TicketStaging staging) {
        this.pipeline = pipeline;
        this.staging = staging;
    }

    @Incoming(Topics.ATERA_CUSTOMERS)
    @Blocking
    public CompletionStage<Void> onCustomer(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, staging.knownFirst(RecordPipeline.eachRow((row, run) -> pipeline.publish(row, Topics.INTERCOM_COMPANIES, row.sourceId(),
                CustomerToCompany.map(row.payload(), ZoneId.of(run.accountTimeZone()), run.mapping())))));
    }
}
