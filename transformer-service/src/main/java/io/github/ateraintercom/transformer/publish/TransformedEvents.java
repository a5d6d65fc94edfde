package io.github.ateraintercom.transformer.publish;

import io.github.ateraintercom.common.envelope.Envelope;
import io.github.ateraintercom.common.envelope.SourceRow;
import io.github.ateraintercom.common.event.RecordTransformed;
import io.github.ateraintercom.common.event.RecordsTransformed;
import io.github.ateraintercom.common.kafka.EnvelopePublisher;
import io.github.ateraintercom.common.topics.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Gathers the transformed events of a run and publishes them together, as one
 * {@link RecordsTransformed} per {@code maxRecords} records or per {@code linger}, whichever comes
 * first; each record's future completes when the event that tells it is durable.
 */
final class TransformedEvents implements AutoCloseable {

    private final EnvelopePublisher publisher;
    private final int maxRecords;
    private final Duration linger;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "transformed-events");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Pending> pendingByRun = new HashMap<>();

    TransformedEvents(EnvelopePublisher publisher, int maxRecords, Duration linger) {
        this.publisher = publisher;
        this.maxRecords = maxRecords;
        this.linger = linger;
    }

    CompletableFuture<Void> add(Envelope<?> record, RecordTransformed transformed) {
        Pending full = null;
        CompletableFuture<Void> told;
        synchronized (pendingByRun) {
            Pending pending = pendingByRun.get(record.runId());
            if (pending == null) {
                pending = new Pending(record.runId());
                pendingByRun.put(record.runId(), pending);
                Pending scheduled = pending;
                timer.schedule(() -> flush(scheduled), linger.toMillis(), TimeUnit.MILLISECONDS);
            }
            pending.records.add(new RecordsTransformed.Transformed(record.objectType(), record.sourceId(), record.sourceRow(),
                    transformed));
            told = pending.told;
            if (pending.records.size() >= maxRecords) {
                pendingByRun.remove(record.runId());
                full = pending;
            }
        }
        if (full != null) {
            publish(full);
        }
        return told;
    }

    private void flush(Pending pending) {
        synchronized (pendingByRun) {
            // a batch that filled up has gone already
            if (!pendingByRun.remove(pending.runId, pending)) {
                return;
            }
        }
        publish(pending);
    }

    private void publish(Pending pending) {
        Envelope<RecordsTransformed> event = Envelope.of(pending.runId, null, "transformed",
                new SourceRow("transformer", 0), new RecordsTransformed(pending.records));
        publisher.publish(Topics.EVENTS, pending.runId, event).whenComplete((ignored, error) -> {
            if (error == null) {
                pending.told.complete(null);
            } else {
                pending.told.completeExceptionally(error);
            }
        });
    }

    @Override
    public void close() {
        List<Pending> left;
        synchronized (pendingByRun) {
            left = new ArrayList<>(pendingByRun.values());
            pendingByRun.clear();
        }
        left.forEach(this::publish);
        timer.shutdown();
    }

    private static final class Pending {

        private final String runId;
        private final List<RecordsTransformed.Transformed> records = new ArrayList<>();
        private final CompletableFuture<Void> told = new CompletableFuture<>();

        private Pending(String runId) {
            this.runId = runId;
        }
    }
}
