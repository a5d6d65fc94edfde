package io.github.ateraintercom.loader.ratelimit;

/**
 * The quiet time kept at a window's end, widened while this replica is slow to send what it takes: a
 * call is checked against its window just before it is sent, but it still has to travel from that check
 * to Intercom, and on a machine starved of CPU that can take longer than the configured guard. The delay
 * between a call being granted and its sender reaching the check tells how starved the replica is; the
 * guard is the configured one or twice the longest such delay of the current and previous window,
 * whichever is more, and at most a quarter of a window (the guard is kept at both ends of a window, so
 * at least half of each window stays open).
 */
final class WindowGuard {

    private final long configuredNanos;
    private final long capNanos;
    private final long windowNanos;

    private long bucketStartedAt;
    private long currentPeak;
    private long previousPeak;

    WindowGuard(QuotaRules rules, long nowNanos) {
        this.configuredNanos = rules.guard().toNanos();
        this.windowNanos = rules.window().toNanos();
        this.capNanos = Math.max(configuredNanos, windowNanos / 4);
        this.bucketStartedAt = nowNanos;
    }

    /** A sender reached the check {@code delayNanos} after its call was granted. */
    synchronized void delayed(long delayNanos, long nowNanos) {
        rotate(nowNanos);
        currentPeak = Math.max(currentPeak, delayNanos);
    }

    synchronized long nanos(long nowNanos) {
        rotate(nowNanos);
        return Math.min(capNanos, Math.max(configuredNanos, 2 * Math.max(currentPeak, previousPeak)));
    }

    private void rotate(long nowNanos) {
        long elapsed = nowNanos - bucketStartedAt;
        if (elapsed >= windowNanos) {
            previousPeak = elapsed >= 2 * windowNanos ? 0 : currentPeak;
            currentPeak = 0;
            bucketStartedAt = nowNanos;
        }
    }
}
