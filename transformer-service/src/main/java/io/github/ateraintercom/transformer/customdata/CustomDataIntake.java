package io.github.ateraintercom.transformer.customdata;

import io.github.ateraintercom.transformer.conversation.TicketStaging;
import io.github.ateraintercom.transformer.pipeline.RecordPipeline;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Stages what types and names a run's custom data without being written itself (custom field
 * definitions and SLA policies), each also held with that reason; an SLA policy's held event carries
 * its columns, for the run's sla-configuration report. (Customers and contacts are
 * staged by their own transformers, {@link TicketStaging#knownFirst}, so a value can tell whether
 * its record is in the export.)
 */
@ApplicationScoped
public class CustomDataIntake {

    static final String DEFINITION_HELD = "a custom field definition types the attribute its values are written to; it is not written itself";
    static final String SLA_POLICY_HELD = "SLA policies have no Intercom object; a contract's SLA is written by the policy's name, "
            + "and each policy is listed in the sla-configuration report, for an admin to set up";

    private final RecordPipeline pipeline;
    private final TicketStaging staging;

    CustomDataIntake(RecordPipeline pipeline, TicketStaging staging) {
        this.pipeline = pipeline;
        this.staging = staging;
    }

    @Incoming("atera.custom_fields")
    @Blocking(ordered = false)
    public CompletionStage<Void> onCustomField(KafkaRecordBatch<String, byte[]> batch) {
        return stageAndHold(batch, DEFINITION_HELD, false);
    }

    @Incoming("atera.sla_policies")
    @Blocking(ordered = false)
    public CompletionStage<Void> onSlaPolicy(KafkaRecordBatch<String, byte[]> batch) {
        return stageAndHold(batch, SLA_POLICY_HELD, true);
    }

    /** {@code handedOff}: the held event carries the row's columns, for the report that hands it off. */
    private CompletionStage<Void> stageAndHold(KafkaRecordBatch<String, byte[]> batch, String reason, boolean handedOff) {
        return pipeline.accept(batch, (rows, run) -> {
            staging.stage(run.runId(), rows);
            return RecordPipeline.eachRow((row, known) -> pipeline.hold(row, reason, handedOff ? row.payload().fields() : Map.of()))
                    .apply(rows, run);
        });
    }
}
