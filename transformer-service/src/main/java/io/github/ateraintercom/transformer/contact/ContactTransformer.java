package io.github.ateraintercom.transformer.contact;

import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.conversation.TicketStaging;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.ZoneId;
import java.util.concurrent.CompletionStage;

/** Turns each raw Atera contact into an Intercom contact command, or a reject naming the column and the reason. */
@ApplicationScoped
public class ContactTransformer {

    private final RecordPipeline pipeline;
    private final TicketStaging staging;

    ContactTransformer(RecordPipeline pipeline, TicketStaging staging) {
        this.pipeline = pipeline;
        this.staging = staging;
    }

    @Incoming(Topics.ATERA_CONTACTS)
    @Blocking
    public CompletionStage<Void> onContact(KafkaRecordBatch<String, byte[]> batch) {
        return pipeline.accept(batch, staging.knownFirst(RecordPipeline.eachRow((row, run) -> {
            if (row.payload().value("Email") == null && run.mapping() != null && run.mapping().queuesContactsWithoutEmail()) {
                return pipeline.hold(row, "contact without email: in the resolution queue, as the run chose");
            }
            return pipeline.publish(row, Topics.INTERCOM_CONTACTS, row.sourceId(),
                    ContactToContact.map(row.payload(), ZoneId.of(run.accountTimeZone()), run.mapping()));
        })));
    }
}
