package io.github.ateraintercom.common.control;

import java.time.Duration;
import java.util.logging.Logger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The runs a service has heard of on {@code migration.control}. Records and control messages
 * travel on different topics, so a record may arrive first: {@link #await} waits for its run.
 */
public final class KnownRuns {

    private static final Logger LOG = Logger.getLogger(KnownRuns.class.getName());

    private final Map<String, RunStarted> runs = new ConcurrentHashMap<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final Set<PhaseOpened> opened = ConcurrentHashMap.newKeySet();
    private final Set<String> paused = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> retries = new ConcurrentHashMap<>();

    /** Reads one control message and remembers the run it starts; an unreadable one is logged and skipped. */
    public Optional<ControlMessage> accept(byte[] value) {
        Optional<ControlMessage> message = ControlSerde.decode(value);
        if (message.isEmpty()) {
            LOG.warning("ignored an unreadable control message of " + (value == null ? 0 : value.length) + " bytes");
        } else if (message.get() instanceof RunStarted run) {
            register(run);
        } else if (message.get() instanceof RunCancelled || message.get() instanceof RollbackOrdered) {
            // a run being rolled back is written no further, as a cancelled one
            cancelled.add(message.get().runId());
            wakeWaiters();
        } else if (message.get() instanceof PhaseOpened phase) {
            opened.add(phase);
            wakeWaiters();
        } else if (message.get() instanceof RunPaused pause) {
            if (pause.paused()) {
                paused.add(pause.runId());
            } else {
                paused.remove(pause.runId());
            }
            wakeWaiters();
        } else if (message.get() instanceof RetryFailed retry) {
            retries.merge(retry.runId(), retry.generation(), Math::max);
        }
        return message;
    }

    public void register(RunStarted run) {
        runs.put(run.runId(), run);
        wakeWaiters();
    }

    private boolean isOpen(String runId, Phase phase) {
        return opened.contains(new PhaseOpened(runId, phase));
    }

    private boolean isPaused(String runId) {
        return paused.contains(runId);
    }

    /**
     * Waits until the orchestrator has opened the run's phase and the run is not paused; false if the
     * run is cancelled first or the timeout passes. A loader that waits here holds its records, so its
     * consumer stops pulling.
     */
    public boolean awaitPhase(String runId, Phase phase, Duration timeout) {
        return waitFor(() -> writable(runId, phase) || isCancelled(runId), timeout) && writable(runId, phase);
    }

    private boolean writable(String runId, Phase phase) {
        return isOpen(runId, phase) && !isPaused(runId) && !isCancelled(runId);
    }

    /** How many times the operator has asked for the run's failed records to be retried, as far as heard. */
    public int retryGeneration(String runId) {
        return retries.getOrDefault(runId, 0);
    }

    public boolean isCancelled(String runId) {
        return cancelled.contains(runId);
    }

    /** The run, waiting up to {@code timeout} for its control message; empty if it never comes. */
    public Optional<RunStarted> await(String runId, Duration timeout) {
        waitFor(() -> runs.containsKey(runId), timeout);
        return Optional.ofNullable(runs.get(runId));
    }

    private boolean waitFor(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private synchronized void wakeWaiters() {
        notifyAll();
    }
}
