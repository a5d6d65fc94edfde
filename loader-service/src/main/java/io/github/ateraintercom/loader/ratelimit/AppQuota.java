package io.github.ateraintercom.loader.ratelimit;

import io.github.ateraintercom.common.event.RateLimitUsed;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * This replica's share of one app's allowance: calls leased from the shared quota a chunk at a time
 * and spent locally, so most requests take a call without asking the database. Only one thread leases
 * at a time; while the limit is unknown one request goes alone to learn it; when the window is spent,
 * nobody asks again before it refills. A chunk is spent only in the window it was leased from: what is
 * left of it when that window ends is given up. A call is checked against its window once more just
 * before it is sent ({@link #sendable}): a sender delayed past the window's guard gives its call up and
 * takes another, so a call granted in one window never reaches Intercom in the next.
 */
final class AppQuota {

    private final String key;
    private final QuotaStore store;
    private final WindowGuard guard;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();

    private int leased;
    /** When the leased calls' window ends here (System.nanoTime); they are spent until its guard. */
    private long windowEndsAt;
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
        this.guard = new WindowGuard(store.rules(), System.nanoTime());
    }

    /** A call taken: granted at {@code grantedAt}, of the window ending at {@code windowEndsAt} (System.nanoTime). */
    record Call(long grantedAt, long windowEndsAt, boolean learning) {
    }

    /** Blocks until this replica holds a call it may send now, in the app's current window. */
    void take() throws InterruptedException {
        while (!sendable(acquire())) {
            // the sender was delayed past its window's guard: that call is given up, another is taken
        }
    }

    /**
     * Blocks until this replica holds a call of the app's current window and takes it; it is to be
     * checked with {@link #sendable} just before it is sent.
     */
    Call acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                long now = System.nanoTime();
                if (leased > 0 && now - (windowEndsAt - guard.nanos(now)) < 0) {
                    leased--;
                    return new Call(now, windowEndsAt, false);
                }
                leased = 0;
                if (leasing || learning) {
                    changed.await();
                } else if (now - askAgainAt < 0) {
                    changed.awaitNanos(askAgainAt - now);
                } else if (lease(now)) {
                    return new Call(now, 0, true);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the call may still be sent, just before it is: not once its window is within the guard of
     * its end. How long its sender took to get here since it was granted widens the guard.
     */
    boolean sendable(Call call) {
        if (call.learning()) {
            // granted before the database was asked: its delay is not the sender's
            return true;
        }
        long now = System.nanoTime();
        guard.delayed(now - call.grantedAt(), now);
        return now - (call.windowEndsAt() - guard.nanos(now)) < 0;
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
        long guardNanos = guard.nanos(now);
        lock.unlock();
        try {
            lease = store.lease(key, said, Duration.ofNanos(guardNanos));
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
        windowEndsAt = now + toWindowEnd;
        askAgainAt = lease.calls() > 0 ? now : now + toWindowEnd + guardNanos;
        return false;
    }

    /** The last lease as a report tells it: the limit, the allowance, the window's end and what all replicas were granted in it. */
    Optional<RateLimitUsed.Quota> seen(int windowSeconds) {
        Lease lease = last;
        if (lease == null || !lease.limitKnown()) {
            return Optional.empty();
        }
        return Optional.of(new RateLimitUsed.Quota(lease.limit(), lease.allowance(), windowSeconds, lease.windowEndMillis(), lease.granted()));
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
