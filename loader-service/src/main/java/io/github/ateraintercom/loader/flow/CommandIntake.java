package io.github.ateraintercom.loader.flow;

import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.Rejects;
import io.github.ateraintercom.common.outcome.LoadResult;
import io.github.ateraintercom.common.outcome.Stage;
import io.github.ateraintercom.loader.result.ResultPublisher;
import io.github.ateraintercom.loader.retry.FailedCommands;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * How every command topic is taken in: an unreadable message is rejected; a readable command is
 * loaded on the keyed workers (commands of one record in order, different records side by side) and
 * its outcome published; the message is acknowledged only once that outcome is durable. The next
 * message is taken as soon as a worker is free, and Kafka commits only below the oldest unfinished one.
 * A command that ends failed is kept ({@link FailedCommands}) for an operator's retry.
 */
public final class CommandIntake<C> implements AutoCloseable {

    private final EnvelopeSerde<C> serde;
    private final KeyedWork work;
    private final ResultPublisher publisher;
    private final MeterRegistry meters;
    private final FailedCommands failures;
    private final Function<Envelope<C>, String> orderKey;

    public CommandIntake(Class<C> commandType, int concurrency, ResultPublisher publisher, MeterRegistry meters,
                         FailedCommands failures) {
        this(commandType, concurrency, publisher, meters, failures, Envelope::sourceId);
    }

    /** Commands with the same {@code orderKey} run one after another (by default, the commands of one record). */
    public CommandIntake(Class<C> commandType, int concurrency, ResultPublisher publisher, MeterRegistry meters,
                         FailedCommands failures, Function<Envelope<C>, String> orderKey) {
        this.serde = new EnvelopeSerde<>(commandType);
        this.work = new KeyedWork(concurrency);
        this.publisher = publisher;
        this.meters = meters;
        this.failures = failures;
        this.orderKey = orderKey;
    }

    public CompletionStage<Void> accept(Message<byte[]> message, Function<Envelope<C>, LoadResult> load) {
        Decoded<C> decoded = serde.decode(message.getPayload());
        if (decoded instanceof Decoded.Unreadable<C> unreadable) {
            return publisher.reject(Rejects.unreadable(unreadable, Stage.LOAD, origin(message)))
                    .thenCompose(sent -> message.ack());
        }
        Envelope<C> command = ((Decoded.Readable<C>) decoded).envelope();
        try {
            work.submit(orderKey.apply(command), () -> {
                LoadResult result = load.apply(command);
                if (result.status() == LoadResult.Status.FAILED) {
                    remember(message, command, result);
                }
                meters.counter("migration_load_records_total", "object", command.objectType().wireName(),
                        "outcome", result.status().name().toLowerCase(Locale.ROOT)).increment();
                publisher.result(command.withPayload(result)).join();
            }).whenComplete((ignored, error) -> {
                if (error == null) {
                    message.ack();
                } else {
                    message.nack(error);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return message.nack(e);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
        work.close();
    }

    /** A failed command is kept, as consumed, before its outcome is told: an operator may have it retried. */
    private void remember(Message<byte[]> message, Envelope<C> command, LoadResult result) {
        IncomingKafkaRecordMetadata<?, ?> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class).orElseThrow(
                () -> new IllegalStateException("command " + command.sourceId() + " did not come from Kafka"));
        failures.remember(kafka.getTopic(), kafka.getKey() == null ? null : kafka.getKey().toString(), message.getPayload(),
                command, result.reason());
    }

    private static String origin(Message<byte[]> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(kafka -> kafka.getTopic() + "-" + kafka.getPartition() + "@" + kafka.getOffset())
                .orElse("unknown topic");
    }
}
