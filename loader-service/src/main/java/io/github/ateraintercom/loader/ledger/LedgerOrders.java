package io.github.ateraintercom.loader.ledger;

import io.github.ateraintercom.common.kafka.RecordProducer;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The numbered orders of one kind an operator gives on runs' ledgers (rollback, verification): each
 * is carried out on a thread of its own, an older order of a run still waiting gives way to a later
 * one, and what is done is told on the order's topic, keyed by run.
 */
public final class LedgerOrders implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LedgerOrders.class);

    /** The work of one order; it may fail, to be resumed by a restart or the next order. */
    @FunctionalInterface
    public interface Work {
        void carryOut() throws Exception;
    }

    private final String name;
    private final String topic;
    private final RecordProducer producer;
    /** The latest order heard per run: an older one still waiting is left to it. */
    private final Map<String, Integer> latest = new ConcurrentHashMap<>();
    private final ExecutorService orders;

    public LedgerOrders(String name, String topic, String bootstrapServers) {
        this.name = name;
        this.topic = topic;
        this.producer = new RecordProducer(bootstrapServers, Map.of());
        this.orders = Executors.newCachedThreadPool(task -> new Thread(task, name));
    }

    /** Takes the run's order {@code order} and carries it out in the background. */
    public void accept(String runId, int order, Work work) {
        latest.merge(runId, order, Math::max);
        orders.submit(() -> {
            try {
                work.carryOut();
            } catch (Exception e) {
                LOG.errorf(e, "run %s: %s %d stopped; a restart or the next order resumes it", runId, name, order);
            }
        });
    }

    /** A later order of the run was heard: this one is left to it. */
    public boolean superseded(String runId, int order) {
        return latest.getOrDefault(runId, 0) > order;
    }

    public CompletableFuture<Void> publish(String runId, byte[] message) {
        return producer.send(topic, runId, message).thenApply(sent -> null);
    }

    @Override
    public void close() {
        orders.shutdownNow();
        producer.close();
    }
}
