package io.github.ateraintercom.testsupport;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.envelope.Decoded;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.event.MigrationEvent;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.event.RecordsTransformed;
import io.github.ateraintercom.common.rollback.RollbackMessage;
import io.github.ateraintercom.common.rollback.RollbackSerde;
import io.github.ateraintercom.common.topics.Topics;
import io.github.ateraintercom.common.verification.VerificationMessage;
import io.github.ateraintercom.common.verification.VerificationSerde;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads a real topic from its beginning and keeps the envelopes of one run, as a test sees them. */
public final class TopicReader {

    private static final EnvelopeSerde<MigrationEvent> EVENTS = EnvelopeSerde.forRunEvents(MigrationEvent.class);

    private TopicReader() {
    }

    /**
     * Waits until {@code expected} envelopes of the run arrived (or the timeout passed), then polls
     * once more so that an unexpected extra message is seen rather than hidden by stopping early.
     */
    public static <P> List<Envelope<P>> read(String topic, EnvelopeSerde<P> serde, String runId, int expected, Duration timeout) {
        return readKeyed(topic, serde, runId, expected, timeout).stream().map(Keyed::envelope).toList();
    }

    /** As {@link #read}, with the Kafka key each envelope was published under. */
    public static <P> List<Keyed<P>> readKeyed(String topic, EnvelopeSerde<P> serde, String runId, int expected, Duration timeout) {
        return readKeyed(topic, serde, runId, expected, timeout, List::of);
    }

    /**
     * As {@link #read} on {@code migration.events}, record by record: the records the transformer
     * tells together ({@link RecordsTransformed}) come one by one, each as its {@link RecordTransformed}.
     */
    public static List<Envelope<MigrationEvent>> recordEvents(String runId, int expected, Duration timeout) {
        return readKeyed(Topics.EVENTS, EVENTS, runId, expected, timeout, TopicReader::oneByOne).stream().map(Keyed::envelope).toList();
    }

    private static List<Envelope<MigrationEvent>> oneByOne(Envelope<MigrationEvent> event) {
        if (event.payload() instanceof RecordsTransformed together) {
            return together.records().stream().map(record -> Envelope.<MigrationEvent>of(event.runId(), record.objectType(),
                    record.sourceId(), record.sourceRow(), record.outcome())).toList();
        }
        return List.of(event);
    }

    private static <P> List<Keyed<P>> readKeyed(String topic, EnvelopeSerde<P> serde, String runId, int expected, Duration timeout,
                                                Function<Envelope<P>, List<Envelope<P>>> expand) {
        List<Keyed<P>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = reader(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            // a reader that has no partitions yet sees nothing: that must not pass for "nothing published"
            while (consumer.assignment().isEmpty() && System.nanoTime() < deadline + Duration.ofSeconds(10).toNanos()) {
                collect(consumer.poll(Duration.ofMillis(200)), serde, runId, expand, found);
            }
            while (found.size() < expected && System.nanoTime() < deadline) {
                collect(consumer.poll(Duration.ofMillis(500)), serde, runId, expand, found);
            }
            collect(consumer.poll(Duration.ofSeconds(2)), serde, runId, expand, found);
        }
        return found;
    }

    /** The control message published under {@code key}, waiting up to {@code timeout} for it. */
    public static Optional<ControlMessage> controlMessage(String key, Duration timeout) {
        return controlMessages(key, 1, timeout).stream().findFirst();
    }

    /** Every control message published under {@code key}, in order, waiting until {@code expected} came. */
    public static List<ControlMessage> controlMessages(String key, int expected, Duration timeout) {
        List<ControlMessage> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = reader(Topics.CONTROL)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        ControlSerde.decode(record.value()).ifPresent(found::add);
                    }
                }
            }
        }
        return found;
    }

    /** The run's rollback messages in order, waiting until one of them is {@code last}. */
    public static List<RollbackMessage> rollbackMessages(String runId, Predicate<RollbackMessage> last, Duration timeout) {
        return messages(Topics.ROLLBACK, RollbackSerde::decode, RollbackMessage::runId, runId, last, timeout);
    }

    /** The run's verification messages in order, waiting until one of them is {@code last}. */
    public static List<VerificationMessage> verificationMessages(String runId, Predicate<VerificationMessage> last, Duration timeout) {
        return messages(Topics.VERIFICATION, VerificationSerde::decode, VerificationMessage::runId, runId, last, timeout);
    }

    private static <M> List<M> messages(String topic, Function<byte[], Optional<M>> decode, Function<M, String> runOf, String runId,
                                        Predicate<M> last, Duration timeout) {
        List<M> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = reader(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.stream().noneMatch(last) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    decode.apply(record.value()).filter(message -> runId.equals(runOf.apply(message))).ifPresent(found::add);
                }
            }
        }
        return found;
    }

    private static <P> void collect(Iterable<ConsumerRecord<String, byte[]>> records, EnvelopeSerde<P> serde, String runId,
                                    Function<Envelope<P>, List<Envelope<P>>> expand, List<Keyed<P>> found) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (serde.decode(record.value()) instanceof Decoded.Readable<P> readable && runId.equals(readable.envelope().runId())) {
                expand.apply(readable.envelope()).forEach(envelope -> found.add(new Keyed<>(record.key(), envelope)));
            }
        }
    }

    /** A consumer of its own group reading {@code topic} from the start, committed messages only. */
    private static KafkaConsumer<String, byte[]> reader(String topic) {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaServer.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /** An envelope with the key it was published under. */
    public record Keyed<P>(String key, Envelope<P> envelope) {
    }
}
