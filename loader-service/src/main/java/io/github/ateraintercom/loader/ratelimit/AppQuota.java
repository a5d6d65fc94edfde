package io.github.ateraintercom.loader.ratelimit;

import java.net.http.HttpHeaders;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This replica's share of one app's allowance: calls leased from the shared quota a chunk at a time
 * and spent locally, so most requests take a call without asking the database. Only one thread leases
 * at a time; while the limit is unknown one request goes alone to learn it; when the window is spent,
 * nobody asks again before it refills. A chunk is spent only in the window it was leased from: what is
 * left of it when that window ends is given up.
 */
final class AppQuota {

    private final String key;
    private final QuotaStore store;
    private final long guardNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    private int leased;
    /** The leased calls may be spent until then (System.nanoTime): the window's end less the guard. */
    private long spendUntil;
    /** The window is spent: the next lease is worth asking then. */
    private long askAgainAt;
    private long windowEndMillis;
    private boolean leasing;
    private boolean learning;
    /** What answers said since the last lease, brought to the next one. */
    private Observation seen = Observation.NONE;

    /** The last lease and when its window ends here (for the gauges). */
    private volatile Lease last;
    private volatile long lastWindowEndsAt;

    AppQuota(String key, QuotaStore store) {
        this.key = key;
        this.store = store;
        this.guardNanos = store.rules().guard().toNanos();
    }

    /**
     * Blocks until this replica holds a call of the app's current window and takes it; answers the
     * window's end (epoch milliseconds, 0 while the limit is being learnt).
     */
    long acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                long now = System.nanoTime();
                if (leased > 0 && now - spendUntil < 0) {
                    leased--;
                    return windowEndMillis;
                }
                leased = 0;
                if (leasing || learning) {
                    changed.await();
                } else if (now - askAgainAt < 0) {
                    changed.awaitNanos(askAgainAt - now);
                } else if (lease(now)) {
                    return 0;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes in what an answer said about the window; the next lease brings it to the shared quota. */
    void answered(HttpHeaders headers) {
        lock.lock();
        try {
            Observation.of(headers).ifPresent(answer -> seen = seen.and(answer));
            learning = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** A request that got no answer gives nothing back: its call may still have counted. */
    void unanswered() {
        lock.lock();
        try {
            learning = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Leases from the shared quota (the database is asked without holding the lock); true when this call is to learn the limit. */
    private boolean lease(long now) {
        leasing = true;
        Observation said = seen;
        Lease lease;
        lock.unlock();
        try {
            lease = store.lease(key, said);
        } finally {
            lock.lock();
            leasing = false;
            changed.signalAll();
        }
        long toWindowEnd = TimeUnit.MILLISECONDS.toNanos(lease.millisToWindowEnd());
        last = lease;
        lastWindowEndsAt = now + toWindowEnd;
        windowEndMillis = lease.windowEndMillis();
        if (!lease.limitKnown()) {
            learning = true;
            return true;
        }
        leased = lease.calls();
        spendUntil = now + toWindowEnd - guardNanos;
        askAgainAt = lease.calls() > 0 ? now : now + toWindowEnd + guardNanos;
        return false;
    }

    /** The learnt limit per window (NaN until known). */
    double limit() {
        Lease lease = last;
        return lease == null || !lease.limitKnown() ? Double.NaN : lease.limit();
    }

    /** Calls granted to all replicas in the current window, as this replica last saw it. */
    double used() {
        Lease lease = last;
        if (lease == null || !lease.limitKnown()) {
            return Double.NaN;
        }
        return System.nanoTime() - lastWindowEndsAt < 0 ? lease.granted() : 0;
    }

    /** Calls the allowance still has in the current window, as this replica last saw it. */
    double left() {
        Lease lease = last;
        return lease == null || !lease.limitKnown() ? Double.NaN : Math.max(0, lease.allowance() - used());
    }
}
