package io.github.ateraintercom.loader.ledger;

import io.github.ateraintercom.common.kafka.RecordProducer;
import io.github.ateraintercom.loader.control.RunTargets;
import io.github.ateraintercom.loader.intercom.IntercomTarget;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The numbered orders of one kind an operator gives on runs' ledgers (rollback, verification): each
 * is carried out on a thread of its own once the run's Intercom target is known and the run's lock
 * for this kind of work is taken (one replica at a time); an older order of a run still waiting gives
 * way to a later one, and what is done is told on the order's topic, keyed by run, ending with the
 * order's closing message (with the reason when the run's target cannot be known).
 */
public final class LedgerOrders implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LedgerOrders.class);

    /** The work of one order on the run's target; it may fail, to be resumed by a restart or the next order. */
    @FunctionalInterface
    public interface Work {
        void carryOut(IntercomTarget target) throws Exception;
    }

    private final String name;
    private final String topic;
    private final RunLock.Work lock;
    private final RunTargets targets;
    private final Duration runWait;
    private final DataSource dataSource;
    private final RecordProducer producer;
    /** The latest order heard per run: an older one still waiting is left to it. */
    private final Map<String, Integer> latest = new ConcurrentHashMap<>();
    private final ExecutorService orders;

    public LedgerOrders(String name, String topic, RunLock.Work lock, RunTargets targets, Duration runWait, DataSource dataSource,
                        String bootstrapServers) {
        this.name = name;
        this.topic = topic;
        this.lock = lock;
        this.targets = targets;
        this.runWait = runWait;
        this.dataSource = dataSource;
        this.producer = new RecordProducer(bootstrapServers, Map.of());
        this.orders = Executors.newCachedThreadPool(task -> new Thread(task, name));
    }

    /**
     * Takes the run's order {@code order} and carries it out in the background; {@code finished} is its
     * closing message, given the failure (null: none).
     */
    public void accept(String runId, int order, Work work, Function<String, byte[]> finished) {
        latest.merge(runId, order, Math::max);
        orders.submit(() -> {
            try {
                carryOut(runId, order, work, finished);
            } catch (Exception e) {
                LOG.errorf(e, "run %s: %s %d stopped; a restart or the next order resumes it", runId, name, order);
            }
        });
    }

    private void carryOut(String runId, int order, Work work, Function<String, byte[]> finished) throws Exception {
        if (superseded(runId, order)) {
            return;
        }
        RunTargets.Resolution resolution = targets.target(runId, runWait);
        if (resolution.failure() != null) {
            publish(runId, finished.apply(resolution.failure())).join();
            return;
        }
        try (RunLock ignored = RunLock.take(dataSource, lock, runId)) {
            if (superseded(runId, order)) {
                return;
            }
            work.carryOut(resolution.target());
            publish(runId, finished.apply(null)).join();
            LOG.infof("run %s: %s %d done", runId, name, order);
        }
    }

    /** A later order of the run was heard: this one is left to it. */
    private boolean superseded(String runId, int order) {
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
