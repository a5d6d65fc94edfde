package io.github.ateraintercom.transformer.customer;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.control.RunStarted;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Rejects;
import io.github.ateraintercom.common.intercom.CompanyCommand;
import io.github.ateraintercom.common.outcome.Reject;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.transformer.control.RunDirectory;
import io.github.ateraintercom.transformer.mapping.MappingResult;
import io.github.ateraintercom.transformer.publish.TransformerPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Turns each raw Atera customer into an Intercom company command, or a reject naming the column and
 * the reason. The input is acknowledged only when its output is durable, but the next record does
 * not wait for that: Kafka commits only the offsets below the oldest unacknowledged record.
 */
@ApplicationScoped
public class CustomerTransformer {

    private static final EnvelopeSerde<AteraRow> SERDE = new EnvelopeSerde<>(AteraRow.class);

    private final TransformerPublisher publisher;
    private final RunDirectory runs;
    private final MeterRegistry meters;
    private final Duration runWait;

    CustomerTransformer(TransformerPublisher publisher, RunDirectory runs, MeterRegistry meters,
                        @ConfigProperty(name = "transformer.run-wait", defaultValue = "PT30S") Duration runWait) {
        this.publisher = publisher;
        this.runs = runs;
        this.meters = meters;
        this.runWait = runWait;
    }

    @Incoming(Topics.ATERA_CUSTOMERS)
    public CompletionStage<Void> onCustomer(Message<byte[]> message) {
        Decoded<AteraRow> decoded = SERDE.decode(message.getPayload());
        CompletableFuture<Void> done = decoded instanceof Decoded.Readable<AteraRow> readable
                ? transform(readable.envelope())
                : count(publisher.reject(Rejects.unreadable((Decoded.Unreadable<?>) decoded, Stage.TRANSFORM, origin(message))),
                        "rejected");
        done.whenComplete((ignored, error) -> {
            if (error == null) {
                message.ack();
            } else {
                message.nack(error);
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<Void> transform(Envelope<AteraRow> row) {
        Optional<RunStarted> run = runs.await(row.runId(), runWait);
        if (run.isEmpty()) {
            return reject(row, new Reject(Stage.TRANSFORM, "unknown-run", null,
                    "run " + row.runId() + " was never started on " + Topics.CONTROL, null));
        }
        ZoneId zone = ZoneId.of(run.get().accountTimeZone());
        MappingResult<CompanyCommand> result = CustomerToCompany.map(row.payload(), zone);
        if (result instanceof MappingResult.Mapped<CompanyCommand> mapped) {
            return count(publisher.command(Topics.INTERCOM_COMPANIES, row.withPayload(mapped.command())), "transformed");
        }
        MappingResult.Refused<CompanyCommand> refused = (MappingResult.Refused<CompanyCommand>) result;
        return reject(row, new Reject(Stage.TRANSFORM, refused.rule(), refused.column(),
                row.sourceRow().file() + " line " + row.sourceRow().line()
                        + (refused.column() == null ? "" : " column " + refused.column()) + ": " + refused.message(),
                String.join(",", row.payload().fields().values())));
    }

    private CompletableFuture<Void> reject(Envelope<AteraRow> row, Reject reject) {
        return count(publisher.reject(row.withPayload(reject)), "rejected");
    }

    private CompletableFuture<Void> count(CompletableFuture<Void> sent, String outcome) {
        return sent.thenRun(() -> meters.counter("migration_transform_records_total", "object", "customer",
                "outcome", outcome).increment());
    }

    private static String origin(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getTopic() + "-" + kafka.getPartition() + "@" + kafka.getOffset())
                .orElse(Topics.ATERA_CUSTOMERS);
    }
}
