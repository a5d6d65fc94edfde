package io.github.ateraintercom.extractor.api;

import java.util.concurrent.TimeUnit;

/**
 * Spaces requests evenly so a run never exceeds its requests per minute, however many pages are
 * fetched at once: each caller takes the next free slot and sleeps until it comes.
 */
final class Throttle {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    Throttle(int requestsPerMinute) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests per minute must be at least 1, not " + requestsPerMinute);
        }
        this.intervalNanos = TimeUnit.MINUTES.toNanos(1) / requestsPerMinute;
    }

    void acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + intervalNanos;
            wait = slot - now;
        }
        TimeUnit.NANOSECONDS.sleep(wait);
    }
}
