package io.github.ateraintercom.loader.flow;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work for one key strictly one after another, and work for different keys side by side, at
 * most {@code capacity} pieces at once, waiting or running. Intercom answers in 100–500 ms, so only
 * many requests in flight can use the whole rate limit; one record's writes must still keep their
 * order. {@link #submit} blocks while the capacity is used up, which is what pauses the consumer.
 */
public final class KeyedWork implements AutoCloseable {

    private final ExecutorService pool;
    private final Semaphore slots;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    public KeyedWork(int capacity) {
        this.pool = Executors.newFixedThreadPool(capacity, runnable -> {
            Thread thread = new Thread(runnable, "keyed-work");
            thread.setDaemon(true);
            return thread;
        });
        this.slots = new Semaphore(capacity);
    }

    /** Queues {@code work} behind the earlier work of its key; completes when it has run. */
    public CompletableFuture<Void> submit(String key, Runnable work) throws InterruptedException {
        slots.acquire();
        AtomicReference<CompletableFuture<Void>> queued = new AtomicReference<>();
        tails.compute(key, (k, tail) -> {
            // the next piece of a key runs whatever became of the previous one
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail.exceptionally(e -> null);
            queued.set(previous.thenRunAsync(work, pool));
            return queued.get();
        });
        CompletableFuture<Void> next = queued.get();
        // registered outside compute(): a piece that is already over would otherwise touch the map from inside it
        next.whenComplete((ignored, error) -> {
            tails.remove(key, next);
            slots.release();
        });
        return next;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
