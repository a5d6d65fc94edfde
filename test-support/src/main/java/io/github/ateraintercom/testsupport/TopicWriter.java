package io.github.ateraintercom.testsupport;

import io.github.ateraintercom.common.atera.AteraRow;
import io.github.ateraintercom.common.atera.ObjectType;
import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.ExtractionFinished;
import io.github.ateraintercom.common.event.FileExtracted;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.topics.Topics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/** Publishes to the real broker as another service would, waiting for each acknowledgement. */
public final class TopicWriter {

    private TopicWriter() {
    }

    public static void control(ControlMessage message) {
        raw(Topics.CONTROL, message.key(), ControlSerde.encode(message));
    }

    public static void envelope(String topic, Envelope<?> envelope) {
        raw(topic, envelope.sourceId(), EnvelopeSerde.encode(envelope));
    }

    /** Publishes the envelopes all at once, as a busy producer would, and waits until every one is acknowledged. */
    public static void envelopes(String topic, List<? extends Envelope<?>> envelopes) {
        publish(topic, producer -> envelopes.stream()
                .map(envelope -> producer.send(topic, envelope.sourceId(), EnvelopeSerde.encode(envelope))).toList());
    }

    /**
     * A whole extraction as the extractor tells it: every file's rows announced, the extraction ended,
     * then the rows published, so a service that assembles them must wait for them.
     */
    public static void extraction(String runId, List<Envelope<AteraRow>> rows) {
        Map<ObjectType, Long> counts = new TreeMap<>();
        rows.forEach(row -> counts.merge(row.objectType(), 1L, Long::sum));
        counts.forEach((type, count) -> envelope(Topics.EVENTS, Envelope.of(runId, type, type.fileName(),
                new SourceRow(type.fileName(), 0), new FileExtracted(type.fileName(), count, count, 0, "0".repeat(64)))));
        envelope(Topics.EVENTS, Envelope.of(runId, null, "run", new SourceRow("/exports/acme", 0),
                new ExtractionFinished(counts.keySet().stream().map(ObjectType::fileName).toList(), Map.of(), null)));
        rows.forEach(row -> envelope(row.objectType().topic(), row));
    }

    public static void raw(String topic, String key, byte[] value) {
        publish(topic, producer -> List.of(producer.send(topic, key, value)));
    }

    private static void publish(String topic, Function<RecordProducer, List<? extends CompletableFuture<?>>> sends) {
        try (RecordProducer producer = new RecordProducer(KafkaServer.bootstrapServers(), Map.of("linger.ms", 0))) {
            CompletableFuture.allOf(sends.apply(producer).toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
