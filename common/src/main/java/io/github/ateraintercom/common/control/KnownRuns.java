package io.github.ateraintercom.common.control;

import java.time.Duration;
import java.util.logging.Logger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The runs a service has heard of on {@code migration.control}. Records and control messages
 * travel on different topics, so a record may arrive first: {@link #await} waits for its run.
 */
public final class KnownRuns {

    private static final Logger LOG = Logger.getLogger(KnownRuns.class.getName());

    private final Map<String, RunStarted> runs = new ConcurrentHashMap<>();
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();

    /** Reads one control message and remembers the run it starts; an unreadable one is logged and skipped. */
    public Optional<ControlMessage> accept(byte[] value) {
        Optional<ControlMessage> message = ControlSerde.decode(value);
        if (message.isEmpty()) {
            LOG.warning("ignored an unreadable control message of " + (value == null ? 0 : value.length) + " bytes");
        } else if (message.get() instanceof RunStarted run) {
            register(run);
        } else if (message.get() instanceof RunCancelled cancel) {
            cancelled.add(cancel.runId());
        }
        return message;
    }

    public void register(RunStarted run) {
        runs.put(run.runId(), run);
        synchronized (this) {
            notifyAll();
        }
    }

    public boolean isCancelled(String runId) {
        return cancelled.contains(runId);
    }

    /** The run, waiting up to {@code timeout} for its control message; empty if it never comes. */
    public Optional<RunStarted> await(String runId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            RunStarted run;
            while ((run = runs.get(runId)) == null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
            return Optional.of(run);
        }
    }
}
