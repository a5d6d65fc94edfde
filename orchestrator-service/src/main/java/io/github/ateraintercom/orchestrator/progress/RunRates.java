package io.github.ateraintercom.orchestrator.progress;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How fast each run settles its rows, from the totals seen over the last minute: what an ETA is
 * made of. Kept in memory; after a restart the rate is known again a few samples later.
 */
@ApplicationScoped
public class RunRates {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final Map<String, Deque<long[]>> samples = new ConcurrentHashMap<>();

    RunRates() {
        this(Clock.systemUTC());
    }

    RunRates(Clock clock) {
        this.clock = clock;
    }

    /** Takes the run's count of settled rows now. */
    public void sample(String runId, long settled) {
        Deque<long[]> run = samples.computeIfAbsent(runId, id -> new ArrayDeque<>());
        long now = clock.millis();
        synchronized (run) {
            run.addLast(new long[] {now, settled});
            while (run.size() > 2 && run.peekFirst()[0] < now - WINDOW.toMillis()) {
                run.removeFirst();
            }
        }
    }

    /** Rows settled per second over the last minute; empty until two samples a second apart exist. */
    public Optional<Double> perSecond(String runId) {
        Deque<long[]> run = samples.get(runId);
        if (run == null) {
            return Optional.empty();
        }
        synchronized (run) {
            long[] first = run.peekFirst();
            long[] last = run.peekLast();
            if (first == null || last[0] - first[0] < 1000) {
                return Optional.empty();
            }
            return Optional.of((last[1] - first[1]) * 1000.0 / (last[0] - first[0]));
        }
    }
}
