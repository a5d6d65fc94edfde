package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.transformer.conversation.TicketStaging;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Stages what types and names a run's custom data without being written itself (custom field
 * definitions and SLA policies), each also held with that reason. Customers and contacts are staged too (read a second time, in a group of their own), only
 * so a value can tell whether its record is in the export; their own outcome is their transformer's.
 */
@ApplicationScoped
public class CustomDataIntake {

    static final String DEFINITION_HELD = "a custom field definition types the attribute its values are written to; it is not written itself";
    static final String SLA_POLICY_HELD = "SLA policies have no Intercom object; a contract's SLA is written by the policy's name";
    private static final EnvelopeSerde<AteraRow> SERDE = new EnvelopeSerde<>(AteraRow.class);

    private final RecordPipeline pipeline;
    private final TicketStaging staging;

    CustomDataIntake(RecordPipeline pipeline, TicketStaging staging) {
        this.pipeline = pipeline;
        this.staging = staging;
    }

    @Incoming("atera.custom_fields")
    @Blocking(ordered = false)
    public CompletionStage<Void> onCustomField(Message<byte[]> message) {
        return stageAndHold(message, DEFINITION_HELD);
    }

    @Incoming("atera.sla_policies")
    @Blocking(ordered = false)
    public CompletionStage<Void> onSlaPolicy(Message<byte[]> message) {
        return stageAndHold(message, SLA_POLICY_HELD);
    }

    @Incoming("staged-customers")
    @Blocking(ordered = false)
    public CompletionStage<Void> onCustomer(Message<byte[]> message) {
        return stageKnownRecord(message);
    }

    @Incoming("staged-contacts")
    @Blocking(ordered = false)
    public CompletionStage<Void> onContact(Message<byte[]> message) {
        return stageKnownRecord(message);
    }

    private CompletionStage<Void> stageAndHold(Message<byte[]> message, String reason) {
        return pipeline.accept(message, (row, run) -> {
            staging.stage(row);
            return pipeline.hold(row, reason);
        });
    }

    /** An unreadable customer or contact is rejected by its own transformer, not twice. */
    private CompletionStage<Void> stageKnownRecord(Message<byte[]> message) {
        if (SERDE.decode(message.getPayload()) instanceof Decoded.Readable<AteraRow> readable) {
            staging.stage(readable.envelope());
        }
        return message.ack();
    }
}
