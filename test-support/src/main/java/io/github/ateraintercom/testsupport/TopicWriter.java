package io.github.ateraintercom.testsupport;

import io.github.ateraintercom.common.control.ControlMessage;
import io.github.ateraintercom.common.control.ControlSerde;
import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.EnvelopeSerde;
import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.common.topics.Topics;

import java.util.List;
import java.util.Map;
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

    /** Publishes many envelopes through one producer, in order, keyed by source id. */
    public static void envelopes(String topic, List<? extends Envelope<?>> envelopes) {
        publish(topic, producer -> CompletableFuture.allOf(envelopes.stream()
                .map(envelope -> producer.send(topic, envelope.sourceId(), EnvelopeSerde.encode(envelope)))
                .toArray(CompletableFuture[]::new)));
    }

    public static void raw(String topic, String key, byte[] value) {
        publish(topic, producer -> producer.send(topic, key, value));
    }

    private static void publish(String topic, Function<RecordProducer, CompletableFuture<?>> sends) {
        try (RecordProducer producer = new RecordProducer(KafkaServer.bootstrapServers(), Map.of("linger.ms", 0))) {
            sends.apply(producer).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
