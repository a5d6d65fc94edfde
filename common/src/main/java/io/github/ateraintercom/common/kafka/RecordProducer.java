package io.github.ateraintercom.common.kafka;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Publishes keyed records to any topic. Idempotent and acknowledged by all replicas, so a retry
 * inside the client never duplicates or reorders a key's records; batched and compressed because
 * every service publishes one message per source row.
 */
public final class RecordProducer implements AutoCloseable {

    private final Producer<String, byte[]> producer;

    public RecordProducer(String bootstrapServers, Map<String, Object> overrides) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.putAll(overrides);
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        if (config.containsKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG)) {
            producer.initTransactions();
        }
    }

    /** Only for a producer created with a {@code transactional.id}. */
    public void beginTransaction() {
        producer.beginTransaction();
    }

    /** Makes every record sent since {@link #beginTransaction} visible at once; throws if any of them failed. */
    public void commitTransaction() {
        producer.commitTransaction();
    }

    /** Discards every record sent since {@link #beginTransaction}: read-committed consumers never see them. */
    public void abortTransaction() {
        producer.abortTransaction();
    }

    /** Completes when the broker has the record, exceptionally when it never will. */
    public CompletableFuture<RecordMetadata> send(String topic, String key, byte[] value) {
        CompletableFuture<RecordMetadata> sent = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
            if (error == null) {
                sent.complete(metadata);
            } else {
                sent.completeExceptionally(error);
            }
        });
        return sent;
    }

    /** Blocks until every record sent so far is acknowledged or failed. */
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }
}
