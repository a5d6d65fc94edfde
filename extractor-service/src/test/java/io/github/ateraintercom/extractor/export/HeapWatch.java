package io.github.ateraintercom.extractor.export;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The heap of this JVM over a stretch of work: the most it held at once (sampled every 5 ms), the
 * most it still held right after a collection (what the work really keeps alive), and the
 * collections it took.
 */
final class HeapWatch implements AutoCloseable {

    private final Set<String> heapPoolNames = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong sampledPeak = new AtomicLong();
    private final AtomicLong livePeak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;
    private long gcMillisAtReset;
    private long gcCountAtReset;

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPoolNames.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    livePeak.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
        sampler = new Thread(() -> {
            while (running) {
                sampledPeak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        reset();
    }

    static long maxHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
    }

    static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    /** Starts a new stretch. */
    void reset() {
        sampledPeak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        livePeak.set(0);
        gcMillisAtReset = gcMillis();
        gcCountAtReset = gcCount();
    }

    /** The figures of the stretch since the last {@link #reset}. */
    Figures figures() {
        return new Figures(sampledPeak.get(), livePeak.get(),
                gcCount() - gcCountAtReset, gcMillis() - gcMillisAtReset);
    }

    record Figures(long peakUsed, long peakLive, long collections, long gcMillis) {
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
