package io.github.ateraintercom.loader.ratelimit;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * One app's Intercom allowance as its answers describe it: the calls left in the current 10-second
 * window and when that window refills. A request waits for a call to be left instead of spending
 * one on a 429; requests in flight count against what the last answer said was left.
 */
final class RateWindow {

    /** Until the first answer the allowance is unknown: let requests go and learn it. */
    private static final long UNKNOWN = Long.MAX_VALUE;

    private final Clock clock;
    private long remaining = UNKNOWN;
    private long limit = UNKNOWN;
    private long resetAtMillis;
    private int inFlight;

    RateWindow(Clock clock) {
        this.clock = clock;
    }

    /** Blocks until a call is left in the current window, then takes it. */
    synchronized void acquire() throws InterruptedException {
        while (true) {
            long now = clock.millis();
            if (now >= resetAtMillis && remaining != UNKNOWN && remaining < limit) {
                // a new window has started: it is full again
                remaining = limit;
            }
            if (remaining == UNKNOWN || remaining > 0) {
                if (remaining != UNKNOWN) {
                    remaining--;
                }
                inFlight++;
                return;
            }
            wait(Math.max(1, resetAtMillis - now));
        }
    }

    /** Takes in what an answer says; a later window's figures replace an earlier one's. */
    synchronized void answered(HttpHeaders headers) {
        inFlight--;
        OptionalLong left = headers.firstValueAsLong("X-RateLimit-Remaining");
        OptionalLong reset = headers.firstValueAsLong("X-RateLimit-Reset");
        OptionalLong windowLimit = headers.firstValueAsLong("X-RateLimit-Limit");
        if (left.isEmpty() || reset.isEmpty()) {
            return;
        }
        long resetAt = reset.getAsLong() * 1000;
        windowLimit.ifPresent(value -> limit = value);
        if (resetAt > resetAtMillis || remaining == UNKNOWN) {
            resetAtMillis = resetAt;
            remaining = Math.max(0, left.getAsLong() - inFlight);
        } else if (resetAt == resetAtMillis) {
            remaining = Math.min(remaining, Math.max(0, left.getAsLong() - inFlight));
        }
        notifyAll();
    }

    /** A request that got no answer gives nothing back: the call may still have counted. */
    synchronized void unanswered() {
        inFlight--;
        notifyAll();
    }
}
