package io.github.ateraintercom.loader.benchmark;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The calls the sandbox answered in each of its 10-second rate-limit windows (aligned on the clock,
 * as the sandbox's are), from its running count read every 100 ms. Only the windows the run filled
 * from end to end count: the first and the last are cut by the run's start and end.
 */
final class CallWindows {

    static final int SECONDS = 10;

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private final Clock clock = Clock.systemUTC();
    /** Running count of answered calls by the time it was read. */
    private final TreeMap<Long, Long> counts = new TreeMap<>();

    private CallWindows() {
    }

    /** Starts reading {@code answered} (its first element: calls answered so far). */
    static CallWindows sample(Supplier<long[]> answered) {
        CallWindows windows = new CallWindows();
        windows.sampler.scheduleAtFixedRate(() -> {
            long count = answered.get()[0];
            synchronized (windows.counts) {
                windows.counts.put(windows.clock.millis(), count);
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        return windows;
    }

    /** Stops reading; the calls of each full window, in order. */
    List<Long> stop() throws InterruptedException {
        sampler.shutdown();
        sampler.awaitTermination(10, TimeUnit.SECONDS);
        List<Long> windows = new ArrayList<>();
        synchronized (counts) {
            if (counts.isEmpty()) {
                return windows;
            }
            long size = SECONDS * 1000L;
            for (long start = (counts.firstKey() / size + 1) * size; start + size <= counts.lastKey(); start += size) {
                windows.add(countAt(start + size) - countAt(start));
            }
        }
        return windows;
    }

    /** The running count at {@code millis}, from the last reading before it. */
    private long countAt(long millis) {
        return counts.floorEntry(millis).getValue();
    }
}
